namespace FluxStore.Management.Application.Webhooks;

/// <summary>A delivery queued by resend or test.</summary>
public sealed record WebhookDeliveryQueuedDto(Guid DeliveryId, Guid EventId, string EventType);
