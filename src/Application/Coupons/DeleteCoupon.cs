using FluxStore.Management.Domain.Coupons;

namespace FluxStore.Management.Application.Coupons;

[RequirePermission(PermissionArea.Coupons, PermissionAction.Delete)]
public sealed record DeleteCouponCommand(Guid Id) : IRequest<Unit>, IRequiresProPlan;

public sealed class DeleteCouponCommandHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<DeleteCouponCommand, Unit>
{
    public async Task<Unit> Handle(DeleteCouponCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var coupon = await db.Coupons.FirstOrDefaultAsync(c => c.Id == request.Id && c.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Coupon");

        // Scope rows go with it (cascade); packages, categories and past orders are untouched.
        db.Coupons.Remove(coupon);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
