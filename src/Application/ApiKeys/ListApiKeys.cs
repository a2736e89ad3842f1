namespace FluxStore.Management.Application.ApiKeys;

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record ListApiKeysQuery(Guid StoreId) : IRequest<IReadOnlyList<ApiKeyDto>>, IStoreRequest;

public sealed class ListApiKeysQueryHandler(IApplicationDbContext db, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async Task<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeysQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = await db.ApiKeys.AsNoTracking()
            .Where(k => k.StoreId == request.StoreId)
            .OrderBy(k => k.CreatedAt).ThenBy(k => k.Id)
            .ProjectTo<ApiKeyDto>(mapper.ConfigurationProvider, new { now })
            .ToListAsync(cancellationToken);
        return keys;
    }
}
