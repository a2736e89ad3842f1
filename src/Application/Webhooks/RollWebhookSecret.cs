namespace FluxStore.Management.Application.Webhooks;

/// <summary>
/// <c>POST /api/stores/{storeId}/webhooks/{id}/roll-secret</c>: a new secret, shown once; every delivery from now
/// on (retries of older events included) is signed with it.
/// </summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record RollWebhookSecretCommand(Guid StoreId, Guid Id) : IRequest<WebhookEndpointCreatedDto>, IStoreRequest;

public sealed class RollWebhookSecretCommandHandler(
    IApplicationDbContext db, ISecretHasher secrets, IWebhookSecretProtector protector, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RollWebhookSecretCommand, WebhookEndpointCreatedDto>
{
    public async Task<WebhookEndpointCreatedDto> Handle(RollWebhookSecretCommand request, CancellationToken cancellationToken)
    {
        var endpoint = await WebhookRules.FindAsync(db, request.StoreId, request.Id, cancellationToken);
        var secret = WebhookRules.NewSecret(secrets);
        endpoint.RollSecret(protector.Protect(secret), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<WebhookEndpointCreatedDto>(endpoint) with { Secret = secret };
    }
}
