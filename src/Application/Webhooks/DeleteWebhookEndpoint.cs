namespace FluxStore.Management.Application.Webhooks;

/// <summary><c>DELETE /api/stores/{storeId}/webhooks/{id}</c>: its pending deliveries and history go with it.</summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record DeleteWebhookEndpointCommand(Guid StoreId, Guid Id) : IRequest<Unit>, IStoreRequest;

public sealed class DeleteWebhookEndpointCommandHandler(IApplicationDbContext db)
    : IRequestHandler<DeleteWebhookEndpointCommand, Unit>
{
    public async Task<Unit> Handle(DeleteWebhookEndpointCommand request, CancellationToken cancellationToken)
    {
        var endpoint = await WebhookRules.FindAsync(db, request.StoreId, request.Id, cancellationToken);
        db.WebhookEndpoints.Remove(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
