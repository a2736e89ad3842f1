using System.Text.RegularExpressions;
using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Promotions;

namespace FluxStore.Management.Domain.Coupons;

/// <summary>
/// A discount code of one store. Scope: <see cref="DiscountScope.Store"/> covers every package;
/// <see cref="DiscountScope.Packages"/> covers every package (<see cref="PackageScope.All"/>) or the listed
/// <see cref="PackageIds"/> (<see cref="PackageScope.Specific"/>); <see cref="DiscountScope.Categories"/> covers
/// packages in the listed <see cref="CategoryIds"/>. <see cref="UsedCount"/> is a plain stored counter that the
/// order work increments with an atomic conditional UPDATE.
/// </summary>
public sealed partial class Coupon : Entity, IStoreOwned
{
    public const int CodeMaxLength = 50;

    private readonly List<CouponPackage> _packages = [];
    private readonly List<CouponCategory> _categories = [];

    private Coupon()
    {
    }

    public Coupon(Guid storeId, string code, DateTime now)
    {
        StoreId = storeId;
        SetCode(code);
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid StoreId { get; private set; }

    /// <summary>As the owner typed it (trimmed).</summary>
    public string Code { get; private set; } = string.Empty;

    /// <summary>Upper-case invariant form; unique per store.</summary>
    public string NormalizedCode { get; private set; } = string.Empty;

    public DiscountType DiscountType { get; private set; }

    /// <summary>Fixed: cents off. Percentage: hundredths of a percent (2500 = 25%).</summary>
    public long DiscountValueHundredths { get; private set; }

    public DiscountScope ApplicationScope { get; private set; }

    public PackageScope PackageScope { get; private set; }

    public int? MaxUses { get; private set; }

    public int? MaxUsesPerUser { get; private set; }

    public DateTime? ValidFrom { get; private set; }

    public DateTime? ValidUntil { get; private set; }

    public bool IsActive { get; set; } = true;

    /// <summary>How many orders used the coupon; starts at 0.</summary>
    public int UsedCount { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyCollection<CouponPackage> Packages => _packages;

    public IReadOnlyCollection<CouponCategory> Categories => _categories;

    public IReadOnlyList<Guid> PackageIds => _packages.Select(p => p.PackageId).ToList();

    public IReadOnlyList<Guid> CategoryIds => _categories.Select(c => c.CategoryId).ToList();

    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);

    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();

    public void Touch(DateTime now) => UpdatedAt = now;

    public void SetCode(string code)
    {
        var trimmed = (code ?? string.Empty).Trim();
        if (!IsValidCode(trimmed))
        {
            throw new DomainRuleException($"code: use 1 to {CodeMaxLength} letters, digits, '-' or '_'.");
        }

        Code = trimmed;
        NormalizedCode = NormalizeCode(trimmed);
    }

    /// <summary>Percentage: 0 &lt; value ≤ 100; fixed: a money amount &gt; 0. Both with at most two decimals.</summary>
    public void SetDiscount(DiscountType type, decimal value)
    {
        DiscountValueHundredths = type switch
        {
            DiscountType.Percentage => Discounts.PercentToHundredths(value, "discountValue"),
            _ when value > 0 && Money.IsValidAmount(value) => Money.ToCents(value),
            _ => throw new DomainRuleException($"discountValue: a fixed discount must be greater than 0 and at most {Money.MaxAmount}, with at most two decimal places."),
        };
        DiscountType = type;
    }

    public decimal DiscountValue => Discounts.HundredthsToDecimal(DiscountValueHundredths);

    public void SetScope(DiscountScope scope, PackageScope packageScope, IReadOnlyCollection<Guid>? packageIds, IReadOnlyCollection<Guid>? categoryIds)
    {
        var packages = (packageIds ?? []).Distinct().ToList();
        var categories = (categoryIds ?? []).Distinct().ToList();
        ScopeRules.Check(scope, packageScope, packages, categories);

        ApplicationScope = scope;
        PackageScope = packageScope;
        _packages.RemoveAll(p => !packages.Contains(p.PackageId));
        _packages.AddRange(packages.Where(id => _packages.All(p => p.PackageId != id)).Select(id => new CouponPackage(Id, id)));
        _categories.RemoveAll(c => !categories.Contains(c.CategoryId));
        _categories.AddRange(categories.Where(id => _categories.All(c => c.CategoryId != id)).Select(id => new CouponCategory(Id, id)));
    }

    public void SetLimits(int? maxUses, int? maxUsesPerUser)
    {
        if (maxUses is < 1 || maxUsesPerUser is < 1)
        {
            throw new DomainRuleException("maxUses and maxUsesPerUser must be null (unlimited) or at least 1.");
        }

        MaxUses = maxUses;
        MaxUsesPerUser = maxUsesPerUser;
    }

    public void SetValidity(DateTime? validFrom, DateTime? validUntil)
    {
        if (validFrom is { } from && validUntil is { } until && until <= from)
        {
            throw new DomainRuleException("validUntil: must be after validFrom.");
        }

        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    /// <summary>
    /// inactive: switched off. expired: <see cref="ValidUntil"/> has passed or every use is taken.
    /// scheduled: <see cref="ValidFrom"/> is still ahead. active: the rest (validFrom ≤ now &lt; validUntil, uses left).
    /// Checked in that order. The one rule behind <see cref="StatusAt"/>, the list's status filter and the order's
    /// conditional claim of a use.
    /// </summary>
    public static readonly StatusRule<Coupon, CouponStatus> Status = new((c, now) =>
        !c.IsActive ? CouponStatus.Inactive
        : (c.ValidUntil != null && c.ValidUntil <= now) || (c.MaxUses != null && c.UsedCount >= c.MaxUses) ? CouponStatus.Expired
        : c.ValidFrom != null && c.ValidFrom > now ? CouponStatus.Scheduled
        : CouponStatus.Active);

    public CouponStatus StatusAt(DateTime now) => Status.Of(this, now);

    /// <summary>Switched on, inside its validity window and not used up (validFrom ≤ now &lt; validUntil).</summary>
    public bool IsRedeemableAt(DateTime now) => StatusAt(now) == CouponStatus.Active;

    /// <summary>Whether the coupon covers the package (needs <see cref="Packages"/> and <see cref="Categories"/> loaded).</summary>
    public bool AppliesTo(Guid packageId, Guid? categoryId) =>
        ScopeRules.Covers(ApplicationScope, PackageScope, PackageIds, CategoryIds, packageId, categoryId);

    /// <summary>
    /// Discount in cents on <paramref name="eligibleAmountCents"/> (the sum of the covered items): a percentage
    /// rounds half away from zero to cents; a fixed amount is capped at the eligible amount. Never negative.
    /// </summary>
    public long DiscountFor(long eligibleAmountCents)
    {
        if (eligibleAmountCents <= 0)
        {
            return 0;
        }

        return DiscountType == DiscountType.Percentage
            ? Discounts.PercentOf(eligibleAmountCents, DiscountValueHundredths)
            : Math.Min(DiscountValueHundredths, eligibleAmountCents);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,50}$")]
    private static partial Regex CodePattern();
}
