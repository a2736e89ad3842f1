namespace FluxStore.Management.Application.Packages;

[RequirePermission(PermissionArea.Packages, PermissionAction.View)]
public sealed record ListPackagesQuery : IRequest<IReadOnlyList<PackageDto>>, IRequiresProPlan;

public sealed class ListPackagesQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, TimeProvider clock)
    : IRequestHandler<ListPackagesQuery, IReadOnlyList<PackageDto>>
{
    public Task<IReadOnlyList<PackageDto>> Handle(ListPackagesQuery request, CancellationToken cancellationToken) =>
        PackageRules.LoadAllAsync(db, mapper.ConfigurationProvider, caller.RequireStoreId(), clock.GetUtcNow().UtcDateTime, cancellationToken);
}

[RequirePermission(PermissionArea.Packages, PermissionAction.View)]
public sealed record GetPackageQuery(Guid Id) : IRequest<PackageDto>, IRequiresProPlan;

public sealed class GetPackageQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, TimeProvider clock)
    : IRequestHandler<GetPackageQuery, PackageDto>
{
    public Task<PackageDto> Handle(GetPackageQuery request, CancellationToken cancellationToken) =>
        PackageRules.LoadDtoAsync(db, mapper.ConfigurationProvider, caller.RequireStoreId(), request.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
