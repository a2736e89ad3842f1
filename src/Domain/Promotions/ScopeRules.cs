using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Promotions;

/// <summary>What a coupon's or a sale's scope needs and what it covers.</summary>
internal static class ScopeRules
{
    /// <summary>Whether the scope covers the package (a sale's "packages" scope is always <see cref="PackageScope.Specific"/>).</summary>
    public static bool Covers(
        DiscountScope scope, PackageScope packageScope, IReadOnlyCollection<Guid> packageIds, IReadOnlyCollection<Guid> categoryIds, Guid packageId, Guid? categoryId) =>
        scope switch
        {
            DiscountScope.Store => true,
            DiscountScope.Packages => packageScope == PackageScope.All || packageIds.Contains(packageId),
            DiscountScope.Categories => categoryId is { } category && categoryIds.Contains(category),
            _ => false,
        };

    public static void Check(DiscountScope scope, PackageScope packageScope, IReadOnlyCollection<Guid> packageIds, IReadOnlyCollection<Guid> categoryIds)
    {
        if (packageIds.Count > Discounts.MaxScopeIds || categoryIds.Count > Discounts.MaxScopeIds)
        {
            throw new DomainRuleException($"packageIds and categoryIds may hold at most {Discounts.MaxScopeIds} ids each.");
        }

        switch (scope)
        {
            case DiscountScope.Store:
                Require(packageScope == PackageScope.All, "packageScope: must be \"all\" when applicationScope is \"store\".");
                Require(packageIds.Count == 0 && categoryIds.Count == 0, "applicationScope: \"store\" covers every package; send no packageIds or categoryIds.");
                break;
            case DiscountScope.Categories:
                Require(packageScope == PackageScope.All, "packageScope: must be \"all\" when applicationScope is \"categories\".");
                Require(categoryIds.Count > 0, "categoryIds: at least one category is required when applicationScope is \"categories\".");
                Require(packageIds.Count == 0, "packageIds: not allowed when applicationScope is \"categories\".");
                break;
            case DiscountScope.Packages when packageScope == PackageScope.Specific:
                Require(packageIds.Count > 0, "packageIds: at least one package is required when packageScope is \"specific\".");
                Require(categoryIds.Count == 0, "categoryIds: not allowed when applicationScope is \"packages\".");
                break;
            case DiscountScope.Packages:
                Require(packageIds.Count == 0 && categoryIds.Count == 0, "packageIds: not allowed when packageScope is \"all\" (it covers every package).");
                break;
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainRuleException(message);
        }
    }
}
