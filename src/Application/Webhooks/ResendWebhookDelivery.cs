namespace FluxStore.Management.Application.Webhooks;

/// <summary>
/// <c>POST /api/stores/{storeId}/webhooks/{id}/deliveries/{deliveryId}/resend</c>: queues the same event (same
/// event id and body) to the endpoint again, as a new delivery with its own attempts and retries. Counts against
/// the store's manual-send limit (<see cref="IWebhookManualSendLimit"/>).
/// </summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record ResendWebhookDeliveryCommand(Guid StoreId, Guid Id, Guid DeliveryId) : IRequest<WebhookDeliveryQueuedDto>, IStoreRequest;

public sealed class ResendWebhookDeliveryCommandHandler(IApplicationDbContext db, TimeProvider clock, IWebhookManualSendLimit limit)
    : IRequestHandler<ResendWebhookDeliveryCommand, WebhookDeliveryQueuedDto>
{
    public async Task<WebhookDeliveryQueuedDto> Handle(ResendWebhookDeliveryCommand request, CancellationToken cancellationToken)
    {
        // The id of an attempt (as listed) is accepted too, so a client can resend straight from a list row.
        var deliveryId = await db.WebhookDeliveryAttempts.AsNoTracking()
            .Where(a => a.Id == request.DeliveryId && a.EndpointId == request.Id && a.StoreId == request.StoreId)
            .Select(a => (Guid?)a.DeliveryId)
            .FirstOrDefaultAsync(cancellationToken) ?? request.DeliveryId;
        var original = await db.WebhookDeliveries.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == deliveryId && d.EndpointId == request.Id && d.StoreId == request.StoreId, cancellationToken)
            ?? throw new NotFoundException("Webhook delivery");
        await limit.TakeAsync(request.StoreId, cancellationToken);

        var copy = original.Resend(clock.GetUtcNow().UtcDateTime).TracedBy(System.Diagnostics.Activity.Current?.Id);
        db.WebhookDeliveries.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookDeliveryQueuedDto(copy.Id, copy.EventId, copy.EventType);
    }
}
