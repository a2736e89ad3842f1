using FluxStore.Management.Application.Sales;

namespace FluxStore.Management.Application.Packages;

/// <summary>Fills <see cref="PackageDto.SalePrice"/>: one query for the store's active sales, then in memory.</summary>
internal static class PackageSalePrices
{
    public static async Task<IReadOnlyList<PackageDto>> ApplyAsync(IApplicationDbContext db, Guid storeId, IReadOnlyList<PackageDto> packages, DateTime now, CancellationToken ct)
    {
        if (packages.Count == 0)
        {
            return packages;
        }

        var sales = await SalePricing.LoadActiveSalesAsync(db, storeId, now, ct);
        if (sales.Count == 0)
        {
            return packages;
        }

        return packages
            .Select(p => SalePricing.BestSalePrice(sales, p.Id, p.CategoryId, Money.ToCents(p.Price)) is { } cents
                ? p with { SalePrice = Money.FromCents(cents) }
                : p)
            .ToList();
    }
}
