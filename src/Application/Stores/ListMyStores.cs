namespace FluxStore.Management.Application.Stores;

[RequireSignedInUser]
public sealed record ListMyStoresQuery : IRequest<IReadOnlyList<StoreDto>>;

public sealed class ListMyStoresQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ListMyStoresQuery, IReadOnlyList<StoreDto>>
{
    public async Task<IReadOnlyList<StoreDto>> Handle(ListMyStoresQuery request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        var stores = await db.StoreMembers.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Stores, m => m.StoreId, s => s.Id, (_, s) => s)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .ProjectTo<StoreDto>(mapper.ConfigurationProvider, new { now })
            .ToListAsync(cancellationToken);
        return stores;
    }
}
