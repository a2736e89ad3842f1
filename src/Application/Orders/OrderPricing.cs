using FluxStore.Management.Application.Bans;
using FluxStore.Management.Application.Packages;
using FluxStore.Management.Application.Sales;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Application.Orders;

/// <summary>
/// Prices a manual order before its transaction: the packages (read fresh, since their limits are claimed later) at
/// their best sale price, then the coupon's discount and what a gift card may pay. Refuses, with every reason at
/// once, items that name an unknown or inactive package or a server the package does not deliver to.
/// </summary>
public sealed class OrderPricing(IApplicationDbContext db, IStoreReadCache cache, IMapper mapper, ISecretHasher hasher)
{
    private sealed record StoreCurrency(string Code);

    /// <summary>
    /// The order's lines at their sale prices. With <paramref name="refuseBanned"/>, a banned player is refused first
    /// (400): the ban check is a <c>NOT EXISTS</c> in the packages' query, so an order costs no round trip of its own
    /// for it; only when a package is missing is the ban looked up alone, to tell the two refusals apart.
    /// </summary>
    public async Task<IReadOnlyList<OrderLine>> PriceItemsAsync(
        Guid storeId, IReadOnlyList<CreateOrderItem> items, DateTime now, CancellationToken ct, OrderBuyer? refuseBanned = null)
    {
        var packages = await LoadPackagesAsync(storeId, items, now, refuseBanned, ct);
        var activeSales = (await PackageCatalog.GetAsync(cache, db, mapper.ConfigurationProvider, storeId, now, ct)).ActiveAt(now);
        return items
            .Select(i =>
            {
                var package = packages[i.PackageId];
                var unitPrice = SalePricing.BestSalePrice(activeSales, package.Id, package.CategoryId, package.PriceCents) ?? package.PriceCents;
                return new OrderLine(package, i.Quantity, i.ServerId, unitPrice);
            })
            .ToList();
    }

    public async Task<PricedOrder> PriceDiscountsAsync(
        Guid storeId, IReadOnlyList<OrderLine> lines, string? couponCode, string? giftCardCode, DateTime now, CancellationToken ct)
    {
        // The currency comes from the store read cache (a change is seen at once on this instance, within 2 s on others).
        var currency = await cache.GetOrLoadAsync(storeId, async c => new StoreCurrency(
            await db.Stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => s.Currency).FirstAsync(c)), ct);
        var coupon = await PriceCouponAsync(storeId, couponCode, lines, now, ct);
        var totalAfterCoupon = lines.Sum(l => l.TotalCents) - (coupon?.DiscountCents ?? 0);
        var giftCard = await GiftCardPayment.PriceAsync(
            db, hasher, storeId, giftCardCode, lines.Select(l => (l.Package, l.TotalCents)).ToList(), totalAfterCoupon, now, ct);
        return new PricedOrder(currency.Code, lines, coupon, giftCard);
    }

    private async Task<Dictionary<Guid, Package>> LoadPackagesAsync(
        Guid storeId, IReadOnlyList<CreateOrderItem> items, DateTime now, OrderBuyer? refuseBanned, CancellationToken ct)
    {
        var ids = items.Select(i => i.PackageId).Distinct().ToList();
        var query = db.Packages.AsNoTracking()
            .Include(p => p.Servers)
            .Include(p => p.Commands)
            .AsSingleQuery() // one round trip; an order holds few packages, each with few servers and commands
            .Where(p => p.StoreId == storeId && ids.Contains(p.Id));
        var banned = refuseBanned is null ? null : BanCheck.Matching(storeId, refuseBanned.Username, refuseBanned.Uuid, now);
        if (banned is not null)
        {
            // Correlated with the package's store (the same store), so EF Core keeps it in the query's SQL instead
            // of running it first as a query of its own.
            query = query.Where(p => !db.Bans.Where(b => b.StoreId == p.StoreId).Any(banned));
        }

        var packages = await query.ToDictionaryAsync(p => p.Id, ct);
        if (banned is not null && packages.Count < ids.Count && await db.Bans.AsNoTracking().AnyAsync(banned, ct))
        {
            throw new RequestValidationException("playerUsername: this player is banned from the store.");
        }

        var errors = new List<string>();
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            if (!packages.TryGetValue(item.PackageId, out var package))
            {
                errors.Add($"items[{index}].packageId: no package {item.PackageId} exists in this store.");
                continue;
            }

            if (!package.IsActive)
            {
                errors.Add($"items[{index}].packageId: package '{package.Name}' is not active.");
            }

            if (item.ServerId is { } serverId && package.Servers.All(s => s.GameServerId != serverId))
            {
                errors.Add($"items[{index}].serverId: server {serverId} is not one of the servers of package '{package.Name}'.");
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors.Distinct().ToList());
        }

        return packages;
    }

    private async Task<CouponDiscount?> PriceCouponAsync(Guid storeId, string? code, IReadOnlyList<OrderLine> lines, DateTime now, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var normalized = Coupon.NormalizeCode(code);
        var coupon = await db.Coupons.AsNoTracking()
            .Include(c => c.Packages)
            .Include(c => c.Categories)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.StoreId == storeId && c.NormalizedCode == normalized, ct)
            ?? throw new RequestValidationException("couponCode: no coupon with this code exists in this store.");
        if (!coupon.IsRedeemableAt(now))
        {
            throw new RequestValidationException($"couponCode: the coupon is {coupon.StatusAt(now).ToString().ToLowerInvariant()}.");
        }

        var applicable = lines.Where(l => coupon.AppliesTo(l.Package.Id, l.Package.CategoryId)).ToList();
        if (applicable.Count == 0)
        {
            throw new RequestValidationException("couponCode: the coupon does not apply to any item of this order.");
        }

        var eligible = applicable.Sum(l => l.TotalCents);
        return new CouponDiscount(coupon, Math.Min(coupon.DiscountFor(eligible), eligible));
    }
}
