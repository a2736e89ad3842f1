namespace FluxStore.Management.Application.Packages;

[RequirePermission(PermissionArea.Packages, PermissionAction.View)]
public sealed record ListPackagesQuery : IRequest<IReadOnlyList<PackageDto>>, IRequiresProPlan;

/// <summary>The store's packages from the store read cache, with the sale prices of this moment.</summary>
public sealed class ListPackagesQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, TimeProvider clock, IStoreReadCache cache)
    : IRequestHandler<ListPackagesQuery, IReadOnlyList<PackageDto>>
{
    public async Task<IReadOnlyList<PackageDto>> Handle(ListPackagesQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var catalog = await PackageCatalog.GetAsync(cache, db, mapper.ConfigurationProvider, caller.RequireStoreId(), now, cancellationToken);
        return catalog.PricedAt(now);
    }
}
