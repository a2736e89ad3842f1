using FluxStore.Management.Application.Sales;

namespace FluxStore.Management.Application.Packages;

/// <summary>
/// Fills <see cref="PackageDto.SalePrice"/> from a store's active sales: read from the database
/// (<see cref="ApplyAsync"/>, the write paths) or from the store read cache (<see cref="PackageCatalog"/>).
/// </summary>
internal static class PackageSalePrices
{
    public static async Task<IReadOnlyList<PackageDto>> ApplyAsync(IApplicationDbContext db, Guid storeId, IReadOnlyList<PackageDto> packages, DateTime now, CancellationToken ct) =>
        packages.Count == 0 ? packages : Apply(packages, await SalePricing.LoadActiveSalesAsync(db, storeId, now, ct));

    public static IReadOnlyList<PackageDto> Apply(IReadOnlyList<PackageDto> packages, IReadOnlyList<ActiveSale> activeSales) =>
        activeSales.Count == 0 ? packages : packages.Select(p => Apply(p, activeSales)).ToList();

    public static PackageDto Apply(PackageDto package, IReadOnlyList<ActiveSale> activeSales) =>
        activeSales.Count > 0 && SalePricing.BestSalePrice(activeSales, package.Id, package.CategoryId, Money.ToCents(package.Price)) is { } cents
            ? package with { SalePrice = Money.FromCents(cents) }
            : package;
}
