using FluxStore.Management.Domain.Categories;

namespace FluxStore.Management.Application.Categories;

[RequirePermission(PermissionArea.Categories, PermissionAction.Delete)]
public sealed record DeleteCategoryCommand(Guid Id) : IRequest<Unit>, IRequiresProPlan;

public sealed class DeleteCategoryCommandHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<DeleteCategoryCommand, Unit>
{
    public async Task<Unit> Handle(DeleteCategoryCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == request.Id && c.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Category");
        var packages = await db.Packages.CountAsync(p => p.CategoryId == category.Id, cancellationToken);
        if (packages > 0)
        {
            throw new RequestValidationException(
                $"The category still has {packages} package{(packages == 1 ? string.Empty : "s")}; move or delete them first.");
        }

        // Coupon and sale scopes drop it, in the same save (their one cascade path runs through coupons and sales).
        db.CouponCategories.RemoveRange(await db.CouponCategories.Where(l => l.CategoryId == category.Id).ToListAsync(cancellationToken));
        db.SaleCategories.RemoveRange(await db.SaleCategories.Where(l => l.CategoryId == category.Id).ToListAsync(cancellationToken));
        db.Categories.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
