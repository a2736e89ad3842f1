using FluxStore.Management.Domain.Sales;

namespace FluxStore.Management.Application.Sales;

/// <summary>
/// Package sale prices: the price after the best (highest percentage) active sale covering the package, the
/// discount rounded half away from zero to cents. One query loads the store's active sales with their scope
/// ids; the rest is computed in memory, so a list of packages costs no extra query per package.
/// </summary>
public static class SalePricing
{
    /// <summary>Sales of the store that are active at <paramref name="now"/> (<see cref="Sale.Status"/>), best first.</summary>
    public static async Task<IReadOnlyList<ActiveSale>> LoadActiveSalesAsync(IApplicationDbContext db, Guid storeId, DateTime now, CancellationToken ct)
    {
        var rows = await db.Sales.AsNoTracking()
            .Where(s => s.StoreId == storeId)
            .Where(Sale.Status.Is(SaleStatus.Active, now))
            .Select(s => new
            {
                s.Id,
                s.DiscountPercentageHundredths,
                s.ApplicationScope,
                PackageIds = s.Packages.Select(p => p.PackageId).ToList(),
                CategoryIds = s.Categories.Select(c => c.CategoryId).ToList(),
            })
            .ToListAsync(ct);
        return rows
            .Select(r => new ActiveSale(r.Id, r.DiscountPercentageHundredths, r.ApplicationScope, r.PackageIds, r.CategoryIds))
            .OrderByDescending(s => s.PercentageHundredths)
            .ToList();
    }

    /// <summary>The sale price in cents of one package under <paramref name="activeSales"/>; null when no sale covers it.</summary>
    public static long? BestSalePrice(IReadOnlyList<ActiveSale> activeSales, Guid packageId, Guid? categoryId, long priceCents)
    {
        var best = activeSales.Where(s => s.AppliesTo(packageId, categoryId)).MaxBy(s => s.PercentageHundredths);
        return best is null ? null : Sale.PriceAfter(priceCents, best.PercentageHundredths);
    }

    /// <summary>
    /// Sale-price cents for those of <paramref name="packageIds"/> (of <paramref name="storeId"/>) that have an active
    /// sale at <paramref name="now"/>; a package without one is absent from the result. Two queries in all.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, long>> BestSalePricesAsync(
        IApplicationDbContext db, Guid storeId, IReadOnlyCollection<Guid> packageIds, DateTime now, CancellationToken ct)
    {
        var result = new Dictionary<Guid, long>();
        if (packageIds.Count == 0)
        {
            return result;
        }

        var sales = await LoadActiveSalesAsync(db, storeId, now, ct);
        if (sales.Count == 0)
        {
            return result;
        }

        var ids = packageIds.Distinct().ToList();
        var packages = await db.Packages.AsNoTracking()
            .Where(p => p.StoreId == storeId && ids.Contains(p.Id))
            .Select(p => new { p.Id, p.CategoryId, p.PriceCents })
            .ToListAsync(ct);
        foreach (var package in packages)
        {
            if (BestSalePrice(sales, package.Id, package.CategoryId, package.PriceCents) is { } price)
            {
                result[package.Id] = price;
            }
        }

        return result;
    }
}
