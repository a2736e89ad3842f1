using FluxStore.Management.Application.Common.Mapping;
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

internal static class SaleQueries
{
    private sealed record Row(
        Guid Id,
        string Name,
        long DiscountPercentageHundredths,
        DiscountScope ApplicationScope,
        List<Guid> PackageIds,
        List<Guid> CategoryIds,
        bool IsEnabled,
        DateTime StartDate,
        DateTime EndDate,
        DateTime CreatedAt,
        DateTime UpdatedAt);

    public static IQueryable<Sale> ForStore(IApplicationDbContext db, Guid storeId) =>
        db.Sales.AsNoTracking().Where(s => s.StoreId == storeId);

    /// <summary>Sales in <paramref name="status"/> at <paramref name="now"/> (the rules of <see cref="Sale.StatusOf"/>).</summary>
    public static IQueryable<Sale> WithStatus(this IQueryable<Sale> query, SaleStatus status, DateTime now) => status switch
    {
        SaleStatus.Disabled => query.Where(s => !s.IsEnabled),
        SaleStatus.Scheduled => query.Where(s => s.IsEnabled && now < s.StartDate),
        SaleStatus.Ended => query.Where(s => s.IsEnabled && s.StartDate <= now && s.EndDate <= now),
        _ => query.Where(s => s.IsEnabled && s.StartDate <= now && now < s.EndDate),
    };

    public static async Task<PagedResult<SaleDto>> PageAsync(IQueryable<Sale> query, PagedQuery paging, DateTime now, CancellationToken ct)
    {
        var page = await Project(query.OrderByDescending(s => s.StartDate).ThenByDescending(s => s.Id)).ToPagedResultAsync(paging, ct);
        return new PagedResult<SaleDto>(page.Items.Select(r => ToDto(r, now)).ToList(), page.Total, page.Skip, page.Take);
    }

    public static async Task<SaleDto> LoadAsync(IApplicationDbContext db, Guid storeId, Guid id, DateTime now, CancellationToken ct)
    {
        var row = await Project(ForStore(db, storeId).Where(s => s.Id == id)).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Sale");
        return ToDto(row, now);
    }

    private static IQueryable<Row> Project(IQueryable<Sale> query) =>
        query.Select(s => new Row(
            s.Id,
            s.Name,
            s.DiscountPercentageHundredths,
            s.ApplicationScope,
            s.Packages.Select(p => p.PackageId).ToList(),
            s.Categories.Select(c => c.CategoryId).ToList(),
            s.IsEnabled,
            s.StartDate,
            s.EndDate,
            s.CreatedAt,
            s.UpdatedAt));

    private static SaleDto ToDto(Row r, DateTime now) => new()
    {
        Id = r.Id,
        Name = r.Name,
        DiscountPercentage = Discounts.HundredthsToDecimal(r.DiscountPercentageHundredths),
        ApplicationScope = WireNames.Of(r.ApplicationScope),
        PackageIds = r.PackageIds.Order().ToList(),
        CategoryIds = r.CategoryIds.Order().ToList(),
        IsEnabled = r.IsEnabled,
        StartDate = r.StartDate,
        EndDate = r.EndDate,
        Status = WireNames.Of(Sale.StatusOf(r.IsEnabled, r.StartDate, r.EndDate, now)),
        CreatedAt = r.CreatedAt,
        UpdatedAt = r.UpdatedAt,
    };
}
