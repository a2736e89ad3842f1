namespace FluxStore.Management.Application.Webhooks;

/// <summary><c>GET /api/stores/{storeId}/webhooks</c>, oldest first; no secrets.</summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record ListWebhookEndpointsQuery(Guid StoreId) : IRequest<IReadOnlyList<WebhookEndpointDto>>, IStoreRequest;

public sealed class ListWebhookEndpointsQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<ListWebhookEndpointsQuery, IReadOnlyList<WebhookEndpointDto>>
{
    public async Task<IReadOnlyList<WebhookEndpointDto>> Handle(ListWebhookEndpointsQuery request, CancellationToken cancellationToken)
    {
        var endpoints = await db.WebhookEndpoints.AsNoTracking()
            .Where(e => e.StoreId == request.StoreId)
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
            .ProjectTo<WebhookEndpointDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return endpoints;
    }
}
