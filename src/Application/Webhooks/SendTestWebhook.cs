using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Webhooks;

/// <summary>
/// <c>POST /api/stores/{storeId}/webhooks/{id}/test</c>: queues a <c>webhook.test</c> event to this endpoint only
/// (whatever it subscribes to, active or not), signed and retried like any other. Counts against the store's
/// manual-send limit (<see cref="IWebhookManualSendLimit"/>).
/// </summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record SendTestWebhookCommand(Guid StoreId, Guid Id) : IRequest<WebhookDeliveryQueuedDto>, IStoreRequest;

public sealed record WebhookTestData(Guid EndpointId, string Message);

public sealed class SendTestWebhookCommandHandler(IApplicationDbContext db, TimeProvider clock, IWebhookManualSendLimit limit)
    : IRequestHandler<SendTestWebhookCommand, WebhookDeliveryQueuedDto>
{
    public async Task<WebhookDeliveryQueuedDto> Handle(SendTestWebhookCommand request, CancellationToken cancellationToken)
    {
        var endpoint = await WebhookRules.FindAsync(db, request.StoreId, request.Id, cancellationToken);
        await limit.TakeAsync(request.StoreId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var eventId = Guid.CreateVersion7();
        var body = WebhookPayload.Serialize(
            eventId, WebhookEventTypes.Test, now, request.StoreId, new WebhookTestData(endpoint.Id, "This is a test event from FluxStore."));
        var delivery = new WebhookDelivery(request.StoreId, endpoint.Id, eventId, WebhookEventTypes.Test, body, now)
            .TracedBy(System.Diagnostics.Activity.Current?.Id);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookDeliveryQueuedDto(delivery.Id, eventId, WebhookEventTypes.Test);
    }
}
