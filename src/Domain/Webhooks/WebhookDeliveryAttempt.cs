using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Webhooks;

/// <summary>One HTTP attempt of a delivery, as the deliveries list shows it.</summary>
public sealed class WebhookDeliveryAttempt : Entity, IStoreOwned
{
    public const int ErrorMaxLength = 500;

    private WebhookDeliveryAttempt()
    {
    }

    internal WebhookDeliveryAttempt(WebhookDelivery delivery, int attempt, int? statusCode, long durationMs, bool succeeded, string? error, DateTime now)
    {
        StoreId = delivery.StoreId;
        EndpointId = delivery.EndpointId;
        DeliveryId = delivery.Id;
        EventId = delivery.EventId;
        EventType = delivery.EventType;
        Attempt = attempt;
        StatusCode = statusCode;
        DurationMs = durationMs;
        Succeeded = succeeded;
        Error = error is null ? null : error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        AttemptedAt = now;
    }

    public Guid StoreId { get; private set; }

    public Guid EndpointId { get; private set; }

    public Guid DeliveryId { get; private set; }

    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = string.Empty;

    public int Attempt { get; private set; }

    public int? StatusCode { get; private set; }

    public long DurationMs { get; private set; }

    public bool Succeeded { get; private set; }

    public string? Error { get; private set; }

    public DateTime AttemptedAt { get; private set; }
}
