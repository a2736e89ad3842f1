namespace FluxStore.Management.Application.Webhooks;

/// <summary><c>GET /api/stores/{storeId}/webhooks/{id}</c>; no secret.</summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record GetWebhookEndpointQuery(Guid StoreId, Guid Id) : IRequest<WebhookEndpointDto>, IStoreRequest;

public sealed class GetWebhookEndpointQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<GetWebhookEndpointQuery, WebhookEndpointDto>
{
    public async Task<WebhookEndpointDto> Handle(GetWebhookEndpointQuery request, CancellationToken cancellationToken) =>
        mapper.Map<WebhookEndpointDto>(await WebhookRules.FindAsync(db, request.StoreId, request.Id, cancellationToken));
}
