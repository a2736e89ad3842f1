using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Application.Common.Paging;
using FluxStore.Management.Domain.Promotions;
using FluxStore.Management.Domain.Sales;

namespace FluxStore.Management.Application.Sales;

public sealed record SaleDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public decimal DiscountPercentage { get; init; }

    /// <summary>"store", "categories" or "packages".</summary>
    public string ApplicationScope { get; init; } = string.Empty;

    public IReadOnlyList<Guid> PackageIds { get; init; } = [];

    public IReadOnlyList<Guid> CategoryIds { get; init; } = [];

    public bool IsEnabled { get; init; }

    public DateTime StartDate { get; init; }

    public DateTime EndDate { get; init; }

    /// <summary>"active", "scheduled", "ended" or "disabled" at the time of the response.</summary>
    public string Status { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }
}

/// <summary>Project with <c>new { now }</c>: the status is the domain's one rule, <see cref="Sale.Status"/>, at that time.</summary>
public sealed class SaleMappingProfile : Profile
{
    public SaleMappingProfile()
    {
        var now = default(DateTime);
        CreateMap<Sale, SaleDto>()
            .ForMember(d => d.DiscountPercentage, o => o.MapFrom(s => Discounts.HundredthsToDecimal(s.DiscountPercentageHundredths)))
            .ForMember(d => d.ApplicationScope, o => o.MapFrom(s => WireNames.Of(s.ApplicationScope)))
            .ForMember(d => d.PackageIds, o => o.MapFrom(s => s.Packages.Select(p => p.PackageId).OrderBy(id => id).ToList()))
            .ForMember(d => d.CategoryIds, o => o.MapFrom(s => s.Categories.Select(c => c.CategoryId).OrderBy(id => id).ToList()))
            .ForMember(d => d.Status, o => o.MapFrom(StatusMapping.WireName(Sale.Status, () => now)));
    }
}

internal static class SaleQueries
{
    /// <summary>The store's sales, read-only.</summary>
    public static IQueryable<Sale> ForStore(IApplicationDbContext db, Guid storeId) =>
        db.Sales.AsNoTracking().Where(s => s.StoreId == storeId);

    /// <summary>Latest start first.</summary>
    public static readonly ListOrder<Sale, DateTime> LatestStartFirst = new("sales.startDate.desc", s => s.StartDate, s => s.Id, descending: true);

    public static Task<ListPage<SaleDto>> PageAsync(
        IQueryable<Sale> query, IConfigurationProvider mapping, CursorPagedQuery paging, Guid storeId, IListCursorProtector cursors, DateTime now, CancellationToken ct) =>
        Keyset.PageAsync(query, LatestStartFirst, paging, storeId, cursors, q => q.ProjectTo<SaleDto>(mapping, new { now }), s => s.StartDate, s => s.Id, ct);

    public static async Task<SaleDto> LoadAsync(IApplicationDbContext db, IConfigurationProvider mapping, Guid storeId, Guid id, DateTime now, CancellationToken ct) =>
        await ForStore(db, storeId).Where(s => s.Id == id).ProjectTo<SaleDto>(mapping, new { now }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Sale");
}
