namespace FluxStore.Management.Application.Packages;

[RequirePermission(PermissionArea.Packages, PermissionAction.View)]
public sealed record GetPackageQuery(Guid Id) : IRequest<PackageDto>, IRequiresProPlan;

/// <summary>One package from the store read cache's package list, with the sale price of this moment.</summary>
public sealed class GetPackageQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, TimeProvider clock, IStoreReadCache cache)
    : IRequestHandler<GetPackageQuery, PackageDto>
{
    public async Task<PackageDto> Handle(GetPackageQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var catalog = await PackageCatalog.GetAsync(cache, db, mapper.ConfigurationProvider, caller.RequireStoreId(), now, cancellationToken);
        return catalog.Find(request.Id, now) ?? throw new NotFoundException("Package");
    }
}
