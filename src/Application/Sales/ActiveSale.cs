using FluxStore.Management.Domain.Promotions;
using FluxStore.Management.Domain.Sales;

namespace FluxStore.Management.Application.Sales;

/// <summary>An active sale reduced to what pricing needs.</summary>
public sealed record ActiveSale(Guid Id, long PercentageHundredths, DiscountScope Scope, IReadOnlyList<Guid> PackageIds, IReadOnlyList<Guid> CategoryIds)
{
    public bool AppliesTo(Guid packageId, Guid? categoryId) =>
        Sale.AppliesTo(Scope, PackageIds, CategoryIds, packageId, categoryId);
}
