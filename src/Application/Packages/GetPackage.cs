namespace FluxStore.Management.Application.Packages;

[RequirePermission(PermissionArea.Packages, PermissionAction.View)]
public sealed record GetPackageQuery(Guid Id) : IRequest<PackageDto>, IRequiresProPlan;

public sealed class GetPackageQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, TimeProvider clock)
    : IRequestHandler<GetPackageQuery, PackageDto>
{
    public Task<PackageDto> Handle(GetPackageQuery request, CancellationToken cancellationToken) =>
        PackageRules.LoadDtoAsync(db, mapper.ConfigurationProvider, caller.RequireStoreId(), request.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
