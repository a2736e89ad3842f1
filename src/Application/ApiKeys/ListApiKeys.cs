namespace FluxStore.Management.Application.ApiKeys;

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record ListApiKeysQuery(Guid StoreId) : IRequest<IReadOnlyList<ApiKeyDto>>, IStoreRequest;

public sealed class ListApiKeysQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IRequestHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async Task<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeysQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = await db.ApiKeys.AsNoTracking()
            .Where(k => k.StoreId == request.StoreId)
            .OrderBy(k => k.CreatedAt).ThenBy(k => k.Id)
            .ToListAsync(cancellationToken);
        return keys.Select(k => ApiKeyDto.From(k, now)).ToList();
    }
}
