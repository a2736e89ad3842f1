namespace FluxStore.Management.Application.Packages;

[RequirePermission(PermissionArea.Packages, PermissionAction.View)]
public sealed record ListPackagesQuery : IRequest<IReadOnlyList<PackageDto>>, IRequiresProPlan;

public sealed class ListPackagesQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper)
    : IRequestHandler<ListPackagesQuery, IReadOnlyList<PackageDto>>
{
    public async Task<IReadOnlyList<PackageDto>> Handle(ListPackagesQuery request, CancellationToken cancellationToken) =>
        await PackageQueries.ForStore(db, caller.RequireStoreId())
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .ProjectTo<PackageDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
}

[RequirePermission(PermissionArea.Packages, PermissionAction.View)]
public sealed record GetPackageQuery(Guid Id) : IRequest<PackageDto>, IRequiresProPlan;

public sealed class GetPackageQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper)
    : IRequestHandler<GetPackageQuery, PackageDto>
{
    public Task<PackageDto> Handle(GetPackageQuery request, CancellationToken cancellationToken) =>
        PackageRules.LoadDtoAsync(db, mapper.ConfigurationProvider, caller.RequireStoreId(), request.Id, cancellationToken);
}
