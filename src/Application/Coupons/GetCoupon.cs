namespace FluxStore.Management.Application.Coupons;

[RequirePermission(PermissionArea.Coupons, PermissionAction.View)]
public sealed record GetCouponQuery(Guid Id) : IRequest<CouponDto>, IRequiresProPlan;

public sealed class GetCouponQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<GetCouponQuery, CouponDto>
{
    public Task<CouponDto> Handle(GetCouponQuery request, CancellationToken cancellationToken) =>
        CouponQueries.LoadAsync(db, mapper.ConfigurationProvider, caller.RequireStoreId(), request.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
