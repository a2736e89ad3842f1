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
    /// <summary>The store's coupons with their scope ids, read-only.</summary>
    public static IQueryable<Coupon> ForStore(IApplicationDbContext db, Guid storeId) =>
        db.Coupons.AsNoTracking().Include(c => c.Packages).Include(c => c.Categories).AsSplitQuery()
            .Where(c => c.StoreId == storeId);

    /// <summary>Newest first.</summary>
    public static async Task<PagedResult<CouponDto>> PageAsync(IQueryable<Coupon> query, PagedQuery paging, DateTime now, CancellationToken ct)
    {
        var page = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).ToPagedResultAsync(paging, ct);
        return page.Map(c => ToDto(c, now));
    }

    public static async Task<CouponDto> LoadAsync(IApplicationDbContext db, Guid storeId, Guid id, DateTime now, CancellationToken ct) =>
        ToDto(await ForStore(db, storeId).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Coupon"), now);

    private static CouponDto ToDto(Coupon c, DateTime now) => new()
    {
        Id = c.Id,
        Code = c.Code,
        DiscountType = WireNames.Of(c.DiscountType),
        DiscountValue = c.DiscountValue,
        ApplicationScope = WireNames.Of(c.ApplicationScope),
        PackageScope = WireNames.Of(c.PackageScope),
        PackageIds = c.PackageIds.Order().ToList(),
        CategoryIds = c.CategoryIds.Order().ToList(),
        MaxUses = c.MaxUses,
        MaxUsesPerUser = c.MaxUsesPerUser,
        ValidFrom = c.ValidFrom,
        ValidUntil = c.ValidUntil,
        IsActive = c.IsActive,
        UsedCount = c.UsedCount,
        Status = WireNames.Of(c.StatusAt(now)),
        CreatedAt = c.CreatedAt,
        UpdatedAt = c.UpdatedAt,
    };
}
