namespace FluxStore.Management.Domain.Promotions;

/// <summary>What a coupon or a sale covers.</summary>
public enum DiscountScope
{
    /// <summary>Every package of the store.</summary>
    Store,

    /// <summary>Packages whose category is one of the listed categories.</summary>
    Categories,

    /// <summary>Packages: every one (<see cref="PackageScope.All"/>) or the listed ones (<see cref="PackageScope.Specific"/>).</summary>
    Packages,
}
