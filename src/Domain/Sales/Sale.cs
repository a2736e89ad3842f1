using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Promotions;

namespace FluxStore.Management.Domain.Sales;

/// <summary>
/// A timed percentage off the listed price of the packages it covers: every package (<see cref="DiscountScope.Store"/>),
/// packages of the listed categories, or the listed packages. Active while enabled and startDate ≤ now &lt; endDate.
/// </summary>
public sealed class Sale : Entity, IStoreOwned
{
    public const int NameMaxLength = 100;

    private readonly List<SalePackage> _packages = [];
    private readonly List<SaleCategory> _categories = [];

    private Sale()
    {
    }

    public Sale(Guid storeId, string name, DateTime now)
    {
        StoreId = storeId;
        SetName(name);
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid StoreId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Upper-case invariant form of <see cref="Name"/> for searching.</summary>
    public string NormalizedName { get; private set; } = string.Empty;

    /// <summary>Hundredths of a percent (3000 = 30%).</summary>
    public long DiscountPercentageHundredths { get; private set; }

    public decimal DiscountPercentage => Discounts.HundredthsToDecimal(DiscountPercentageHundredths);

    public DiscountScope ApplicationScope { get; private set; }

    public bool IsEnabled { get; set; } = true;

    public DateTime StartDate { get; private set; }

    public DateTime EndDate { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyCollection<SalePackage> Packages => _packages;

    public IReadOnlyCollection<SaleCategory> Categories => _categories;

    public IReadOnlyList<Guid> PackageIds => _packages.Select(p => p.PackageId).ToList();

    public IReadOnlyList<Guid> CategoryIds => _categories.Select(c => c.CategoryId).ToList();

    public void Touch(DateTime now) => UpdatedAt = now;

    public void SetName(string name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length is 0 or > NameMaxLength)
        {
            throw new DomainRuleException($"name: must be 1 to {NameMaxLength} characters.");
        }

        Name = trimmed;
        NormalizedName = trimmed.ToUpperInvariant();
    }

    public void SetPercentage(decimal percentage) =>
        DiscountPercentageHundredths = Discounts.PercentToHundredths(percentage, "discountPercentage");

    /// <summary>Store: no ids. Categories: categoryIds only (non-empty). Packages: packageIds only (non-empty).</summary>
    public void SetScope(DiscountScope scope, IReadOnlyCollection<Guid>? packageIds, IReadOnlyCollection<Guid>? categoryIds)
    {
        var packages = (packageIds ?? []).Distinct().ToList();
        var categories = (categoryIds ?? []).Distinct().ToList();
        ScopeRules.Check(scope, scope == DiscountScope.Packages ? PackageScope.Specific : PackageScope.All, packages, categories);

        ApplicationScope = scope;
        _packages.RemoveAll(p => !packages.Contains(p.PackageId));
        _packages.AddRange(packages.Where(id => _packages.All(p => p.PackageId != id)).Select(id => new SalePackage(Id, id)));
        _categories.RemoveAll(c => !categories.Contains(c.CategoryId));
        _categories.AddRange(categories.Where(id => _categories.All(c => c.CategoryId != id)).Select(id => new SaleCategory(Id, id)));
    }

    public void SetPeriod(DateTime startDate, DateTime endDate)
    {
        if (endDate <= startDate)
        {
            throw new DomainRuleException("endDate: must be after startDate.");
        }

        StartDate = startDate;
        EndDate = endDate;
    }

    /// <summary>
    /// disabled (switched off), scheduled (not started), ended (endDate passed), else active (startDate ≤ now &lt; endDate).
    /// The one rule behind <see cref="StatusAt"/>, the list's status filter and sale pricing.
    /// </summary>
    public static readonly StatusRule<Sale, SaleStatus> Status = new((s, now) =>
        !s.IsEnabled ? SaleStatus.Disabled
        : now < s.StartDate ? SaleStatus.Scheduled
        : now >= s.EndDate ? SaleStatus.Ended
        : SaleStatus.Active);

    public SaleStatus StatusAt(DateTime now) => Status.Of(this, now);

    /// <summary>Whether the sale covers the package (needs <see cref="Packages"/> and <see cref="Categories"/> loaded).</summary>
    public bool AppliesTo(Guid packageId, Guid? categoryId) =>
        AppliesTo(ApplicationScope, PackageIds, CategoryIds, packageId, categoryId);

    public static bool AppliesTo(DiscountScope scope, IReadOnlyCollection<Guid> packageIds, IReadOnlyCollection<Guid> categoryIds, Guid packageId, Guid? categoryId) =>
        ScopeRules.Covers(scope, PackageScope.Specific, packageIds, categoryIds, packageId, categoryId);

    /// <summary>The price less <paramref name="percentageHundredths"/> off; the discount rounds half away from zero to cents.</summary>
    public static long PriceAfter(long priceCents, long percentageHundredths) =>
        priceCents <= 0 ? priceCents : priceCents - Discounts.PercentOf(priceCents, percentageHundredths);
}
