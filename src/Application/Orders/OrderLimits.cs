using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Orders;

namespace FluxStore.Management.Application.Orders;

/// <summary>
/// Claims, inside the order's transaction and after the customer row is locked, what an order may only take while
/// something is left: one use of its coupon and the units of its limited packages. Each claim is exact under
/// concurrency; a claim that fails refuses the order (400) and rolls the transaction back.
/// </summary>
public sealed class OrderLimits(IApplicationDbContext db)
{
    /// <summary>The per-player limit (counted under the customer lock), then one use claimed atomically.</summary>
    public async Task ClaimCouponAsync(Guid storeId, Guid customerId, Coupon coupon, DateTime now, CancellationToken ct)
    {
        if (coupon.MaxUsesPerUser is { } perUser)
        {
            var used = await db.Orders.CountAsync(o => o.CustomerId == customerId && o.CouponId == coupon.Id, ct);
            if (used >= perUser)
            {
                throw new RequestValidationException($"couponCode: this player has already used the coupon {used} time(s), the most it allows.");
            }
        }

        var claimed = await db.Coupons
            .Where(c => c.Id == coupon.Id && c.StoreId == storeId)
            .Where(Coupon.Status.Is(CouponStatus.Active, now))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedCount, c => c.UsedCount + 1), ct);
        if (claimed == 0)
        {
            throw new RequestValidationException("couponCode: the coupon has been used up or is no longer valid.");
        }
    }

    /// <summary>
    /// Each package's <c>globalLimit</c> (units sold to anyone) and <c>perUserLimit</c> (units sold to this customer),
    /// counting every unit not refunded. The package row is locked with a no-op update (PostgreSQL; on SQLite the
    /// transaction already holds the write lock) before its sales are counted, in id order so that concurrent orders
    /// never wait on each other in a cycle; two orders never both see the last unit free.
    /// </summary>
    public async Task ClaimPackagesAsync(Guid storeId, Guid customerId, IReadOnlyList<OrderLine> lines, CancellationToken ct)
    {
        var limited = lines
            .Where(l => l.Package.GlobalLimit is not null || l.Package.PerUserLimit is not null)
            .GroupBy(l => l.Package.Id)
            .OrderBy(g => g.Key)
            .ToList();
        foreach (var group in limited)
        {
            var package = group.First().Package;
            var wanted = group.Sum(l => l.Quantity);
            await db.Packages
                .Where(p => p.Id == package.Id && p.StoreId == storeId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.GlobalLimit, p => p.GlobalLimit), ct);

            // A partly refunded order keeps its other units; a cancelled order never delivered.
            var sold = db.OrderItems
                .Where(i => i.PackageId == package.Id && i.RefundedAt == null)
                .Join(
                    db.Orders.Where(o => o.StoreId == storeId && o.Status != OrderStatus.Cancelled),
                    i => i.OrderId,
                    o => o.Id,
                    (i, o) => new { i.Quantity, o.CustomerId });
            if (package.GlobalLimit is { } global)
            {
                var total = await sold.SumAsync(x => (int?)x.Quantity, ct) ?? 0;
                if (total + wanted > global)
                {
                    throw new RequestValidationException(
                        $"items: package '{package.Name}' is limited to {global} sold in total and {Math.Max(0, global - total)} remain.");
                }
            }

            if (package.PerUserLimit is { } perUser)
            {
                var mine = await sold.Where(x => x.CustomerId == customerId).SumAsync(x => (int?)x.Quantity, ct) ?? 0;
                if (mine + wanted > perUser)
                {
                    throw new RequestValidationException(
                        $"items: package '{package.Name}' is limited to {perUser} per player and this player has {Math.Max(0, perUser - mine)} left.");
                }
            }
        }
    }
}
