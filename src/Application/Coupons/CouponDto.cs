using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Promotions;

namespace FluxStore.Management.Application.Coupons;

public sealed record CouponDto
{
    public Guid Id { get; init; }

    public string Code { get; init; } = string.Empty;

    /// <summary>"percentage" or "fixed".</summary>
    public string DiscountType { get; init; } = string.Empty;

    /// <summary>Percent (0–100) or money amount off, per <see cref="DiscountType"/>.</summary>
    public decimal DiscountValue { get; init; }

    /// <summary>"store", "categories" or "packages".</summary>
    public string ApplicationScope { get; init; } = string.Empty;

    /// <summary>"all" or "specific" (meaningful with applicationScope "packages").</summary>
    public string PackageScope { get; init; } = string.Empty;

    public IReadOnlyList<Guid> PackageIds { get; init; } = [];

    public IReadOnlyList<Guid> CategoryIds { get; init; } = [];

    public int? MaxUses { get; init; }

    public int? MaxUsesPerUser { get; init; }

    public DateTime? ValidFrom { get; init; }

    public DateTime? ValidUntil { get; init; }

    public bool IsActive { get; init; }

    public int UsedCount { get; init; }

    /// <summary>"active", "inactive", "expired" or "scheduled" at the time of the response.</summary>
    public string Status { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }
}

internal static class CouponQueries
{
    private sealed record Row(
        Guid Id,
        string Code,
        DiscountType DiscountType,
        long DiscountValueHundredths,
        DiscountScope ApplicationScope,
        PackageScope PackageScope,
        List<Guid> PackageIds,
        List<Guid> CategoryIds,
        int? MaxUses,
        int? MaxUsesPerUser,
        DateTime? ValidFrom,
        DateTime? ValidUntil,
        bool IsActive,
        int UsedCount,
        DateTime CreatedAt,
        DateTime UpdatedAt);

    public static IQueryable<Coupon> ForStore(IApplicationDbContext db, Guid storeId) =>
        db.Coupons.AsNoTracking().Where(c => c.StoreId == storeId);

    /// <summary>Coupons in <paramref name="status"/> at <paramref name="now"/> (the rules of <see cref="Coupon.StatusOf"/>).</summary>
    public static IQueryable<Coupon> WithStatus(this IQueryable<Coupon> query, CouponStatus status, DateTime now) => status switch
    {
        CouponStatus.Inactive => query.Where(c => !c.IsActive),
        CouponStatus.Expired => query.Where(c => c.IsActive
            && ((c.ValidUntil != null && c.ValidUntil <= now) || (c.MaxUses != null && c.UsedCount >= c.MaxUses))),
        CouponStatus.Scheduled => query.Where(c => c.IsActive
            && !((c.ValidUntil != null && c.ValidUntil <= now) || (c.MaxUses != null && c.UsedCount >= c.MaxUses))
            && c.ValidFrom != null && c.ValidFrom > now),
        _ => query.Where(c => c.IsActive
            && !((c.ValidUntil != null && c.ValidUntil <= now) || (c.MaxUses != null && c.UsedCount >= c.MaxUses))
            && (c.ValidFrom == null || c.ValidFrom <= now)),
    };

    public static async Task<PagedResult<CouponDto>> PageAsync(IQueryable<Coupon> query, PagedQuery paging, DateTime now, CancellationToken ct)
    {
        var page = await Project(query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)).ToPagedResultAsync(paging, ct);
        return new PagedResult<CouponDto>(page.Items.Select(r => ToDto(r, now)).ToList(), page.Total, page.Skip, page.Take);
    }

    public static async Task<CouponDto> LoadAsync(IApplicationDbContext db, Guid storeId, Guid id, DateTime now, CancellationToken ct)
    {
        var row = await Project(ForStore(db, storeId).Where(c => c.Id == id)).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Coupon");
        return ToDto(row, now);
    }

    private static IQueryable<Row> Project(IQueryable<Coupon> query) =>
        query.Select(c => new Row(
            c.Id,
            c.Code,
            c.DiscountType,
            c.DiscountValueHundredths,
            c.ApplicationScope,
            c.PackageScope,
            c.Packages.Select(p => p.PackageId).ToList(),
            c.Categories.Select(x => x.CategoryId).ToList(),
            c.MaxUses,
            c.MaxUsesPerUser,
            c.ValidFrom,
            c.ValidUntil,
            c.IsActive,
            c.UsedCount,
            c.CreatedAt,
            c.UpdatedAt));

    private static CouponDto ToDto(Row r, DateTime now) => new()
    {
        Id = r.Id,
        Code = r.Code,
        DiscountType = WireNames.Of(r.DiscountType),
        DiscountValue = Discounts.HundredthsToDecimal(r.DiscountValueHundredths),
        ApplicationScope = WireNames.Of(r.ApplicationScope),
        PackageScope = WireNames.Of(r.PackageScope),
        PackageIds = r.PackageIds.Order().ToList(),
        CategoryIds = r.CategoryIds.Order().ToList(),
        MaxUses = r.MaxUses,
        MaxUsesPerUser = r.MaxUsesPerUser,
        ValidFrom = r.ValidFrom,
        ValidUntil = r.ValidUntil,
        IsActive = r.IsActive,
        UsedCount = r.UsedCount,
        Status = WireNames.Of(Coupon.StatusOf(r.IsActive, r.ValidFrom, r.ValidUntil, r.UsedCount, r.MaxUses, now)),
        CreatedAt = r.CreatedAt,
        UpdatedAt = r.UpdatedAt,
    };
}
