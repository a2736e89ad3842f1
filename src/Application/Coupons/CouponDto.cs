using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Application.Common.Paging;
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

/// <summary>Project with <c>new { now }</c>: the status is the domain's one rule, <see cref="Coupon.Status"/>, at that time.</summary>
public sealed class CouponMappingProfile : Profile
{
    public CouponMappingProfile()
    {
        var now = default(DateTime);
        CreateMap<Coupon, CouponDto>()
            .ForMember(d => d.DiscountType, o => o.MapFrom(c => WireNames.Of(c.DiscountType)))
            .ForMember(d => d.DiscountValue, o => o.MapFrom(c => Discounts.HundredthsToDecimal(c.DiscountValueHundredths)))
            .ForMember(d => d.ApplicationScope, o => o.MapFrom(c => WireNames.Of(c.ApplicationScope)))
            .ForMember(d => d.PackageScope, o => o.MapFrom(c => WireNames.Of(c.PackageScope)))
            .ForMember(d => d.PackageIds, o => o.MapFrom(c => c.Packages.Select(p => p.PackageId).OrderBy(id => id).ToList()))
            .ForMember(d => d.CategoryIds, o => o.MapFrom(c => c.Categories.Select(x => x.CategoryId).OrderBy(id => id).ToList()))
            .ForMember(d => d.Status, o => o.MapFrom(StatusMapping.WireName(Coupon.Status, () => now)));
    }
}

internal static class CouponQueries
{
    /// <summary>The store's coupons, read-only.</summary>
    public static IQueryable<Coupon> ForStore(IApplicationDbContext db, Guid storeId) =>
        db.Coupons.AsNoTracking().Where(c => c.StoreId == storeId);

    /// <summary>Newest first.</summary>
    public static readonly ListOrder<Coupon, DateTime> NewestFirst = new("coupons.createdAt.desc", c => c.CreatedAt, c => c.Id, descending: true);

    public static Task<ListPage<CouponDto>> PageAsync(
        IQueryable<Coupon> query, IConfigurationProvider mapping, CursorPagedQuery paging, Guid storeId, IListCursorProtector cursors, DateTime now, CancellationToken ct,
        Func<CancellationToken, Task<long>>? knownTotal = null) =>
        Keyset.PageAsync(query, NewestFirst, paging, storeId, cursors, q => q.ProjectTo<CouponDto>(mapping, new { now }), c => c.CreatedAt, c => c.Id, ct, knownTotal);

    public static async Task<CouponDto> LoadAsync(IApplicationDbContext db, IConfigurationProvider mapping, Guid storeId, Guid id, DateTime now, CancellationToken ct) =>
        await ForStore(db, storeId).Where(c => c.Id == id).ProjectTo<CouponDto>(mapping, new { now }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Coupon");
}
