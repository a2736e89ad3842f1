namespace FluxStore.Management.Application.Packages;

[RequirePermission(PermissionArea.Packages, PermissionAction.View)]
public sealed record ListPackagesQuery : IRequest<IReadOnlyList<PackageDto>>, IRequiresProPlan;

public sealed class ListPackagesQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, TimeProvider clock)
    : IRequestHandler<ListPackagesQuery, IReadOnlyList<PackageDto>>
{
    public Task<IReadOnlyList<PackageDto>> Handle(ListPackagesQuery request, CancellationToken cancellationToken) =>
        PackageRules.LoadAllAsync(db, mapper.ConfigurationProvider, caller.RequireStoreId(), clock.GetUtcNow().UtcDateTime, cancellationToken);
}
