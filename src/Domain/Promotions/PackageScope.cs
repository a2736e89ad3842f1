namespace FluxStore.Management.Domain.Promotions;

/// <summary>With <see cref="DiscountScope.Packages"/>: all packages, or only the listed ones.</summary>
public enum PackageScope
{
    All,
    Specific,
}
