namespace FluxStore.Management.Application.Stores;

[RequireSignedInUser]
public sealed record ListMyStoresQuery : IRequest<IReadOnlyList<StoreDto>>;

public sealed class ListMyStoresQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
    : IRequestHandler<ListMyStoresQuery, IReadOnlyList<StoreDto>>
{
    public async Task<IReadOnlyList<StoreDto>> Handle(ListMyStoresQuery request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        var stores = await db.StoreMembers.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Stores, m => m.StoreId, s => s.Id, (_, s) => s)
            .OrderBy(s => s.CreatedAt)
            .ToListAsync(cancellationToken);
        return stores.Select(s => StoreDto.From(s, now)).ToList();
    }
}

[RequirePermission(PermissionArea.Stores, PermissionAction.View)]
public sealed record GetStoreQuery(Guid StoreId) : IRequest<StoreDto>, IStoreRequest;

public sealed class GetStoreQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IRequestHandler<GetStoreQuery, StoreDto>
{
    public async Task<StoreDto> Handle(GetStoreQuery request, CancellationToken cancellationToken)
    {
        var store = await db.Stores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.StoreId, cancellationToken)
            ?? throw new NotFoundException("Store");
        return StoreDto.From(store, clock.GetUtcNow().UtcDateTime);
    }
}
