using FluxStore.Management.Application.Sales;
using FluxStore.Management.Domain.Sales;

namespace FluxStore.Management.Application.Packages;

/// <summary>
/// A store's packages in list order, without sale prices, and the sales that may apply to them now or later (enabled
/// and not ended when read). It holds stored values only, so it is kept in the store read cache; which sales are
/// active, and so each sale price, is worked out per request from the clock.
/// </summary>
internal sealed class PackageCatalog
{
    private readonly Dictionary<Guid, PackageDto> _byId;

    private PackageCatalog(IReadOnlyList<PackageDto> packages, IReadOnlyList<(Sale Sale, ActiveSale Terms)> sales)
    {
        Packages = packages;
        Sales = sales;
        _byId = packages.ToDictionary(p => p.Id);
    }

    public IReadOnlyList<PackageDto> Packages { get; }

    public IReadOnlyList<(Sale Sale, ActiveSale Terms)> Sales { get; }

    public static Task<PackageCatalog> GetAsync(IStoreReadCache cache, IApplicationDbContext db, IConfigurationProvider mapping, Guid storeId, DateTime now, CancellationToken ct) =>
        cache.GetOrLoadAsync(storeId, c => LoadAsync(db, mapping, storeId, now, c), ct);

    /// <summary>Every package (split query: commands and servers in one query each) and the sales that are not over.</summary>
    private static async Task<PackageCatalog> LoadAsync(IApplicationDbContext db, IConfigurationProvider mapping, Guid storeId, DateTime now, CancellationToken ct)
    {
        var packages = await PackageQueries.ForStore(db, storeId)
            .AsSplitQuery()
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .ProjectTo<PackageDto>(mapping)
            .ToListAsync(ct);
        var sales = await db.Sales.AsNoTracking()
            .Where(s => s.StoreId == storeId && s.IsEnabled && s.EndDate > now)
            .Include(s => s.Packages)
            .Include(s => s.Categories)
            .AsSplitQuery()
            .ToListAsync(ct);
        return new PackageCatalog(
            packages,
            sales.Select(s => (s, new ActiveSale(s.Id, s.DiscountPercentageHundredths, s.ApplicationScope, s.PackageIds, s.CategoryIds))).ToList());
    }

    /// <summary>The packages with the sale prices of <paramref name="now"/>.</summary>
    public IReadOnlyList<PackageDto> PricedAt(DateTime now) => PackageSalePrices.Apply(Packages, ActiveAt(now));

    /// <summary>One package with the sale price of <paramref name="now"/>; null when the store has no such package.</summary>
    public PackageDto? Find(Guid id, DateTime now) =>
        _byId.TryGetValue(id, out var package) ? PackageSalePrices.Apply(package, ActiveAt(now)) : null;

    /// <summary>The sales active at <paramref name="now"/>.</summary>
    public List<ActiveSale> ActiveAt(DateTime now) =>
        Sales.Where(s => Sale.Status.Of(s.Sale, now) == SaleStatus.Active).Select(s => s.Terms).ToList();
}
