namespace FluxStore.Management.Application.Packages;

[RequirePermission(PermissionArea.Packages, PermissionAction.Delete)]
public sealed record DeletePackageCommand(Guid Id) : IRequest<Unit>, IRequiresProPlan;

public sealed class DeletePackageCommandHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, TimeProvider clock, Webhooks.IWebhookOutbox webhooks)
    : IRequestHandler<DeletePackageCommand, Unit>
{
    public async Task<Unit> Handle(DeletePackageCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var package = await db.Packages.FirstOrDefaultAsync(p => p.Id == request.Id && p.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Package");

        // Servers and command templates go with it (cascade); coupon and sale scopes drop it (the links are deleted
        // here, in the same save, because the database's one cascade path to them runs through coupons and sales);
        // orders keep their own copy of name and price.
        db.CouponPackages.RemoveRange(await db.CouponPackages.Where(l => l.PackageId == package.Id).ToListAsync(cancellationToken));
        db.SalePackages.RemoveRange(await db.SalePackages.Where(l => l.PackageId == package.Id).ToListAsync(cancellationToken));
        await webhooks.EnqueueAsync(storeId, Domain.Webhooks.WebhookEventTypes.PackageDeleted, async ct => await PackageRules.LoadDtoAsync(db, mapper.ConfigurationProvider, storeId, package.Id, clock.GetUtcNow().UtcDateTime, ct), cancellationToken);
        db.Packages.Remove(package);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
