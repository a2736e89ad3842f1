using FluxStore.Management.Application.Common.Mapping;
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
    /// <summary>The store's sales with their scope ids, read-only.</summary>
    public static IQueryable<Sale> ForStore(IApplicationDbContext db, Guid storeId) =>
        db.Sales.AsNoTracking().Include(s => s.Packages).Include(s => s.Categories).AsSplitQuery()
            .Where(s => s.StoreId == storeId);

    /// <summary>Latest start first.</summary>
    public static async Task<PagedResult<SaleDto>> PageAsync(IQueryable<Sale> query, PagedQuery paging, DateTime now, CancellationToken ct)
    {
        var page = await query.OrderByDescending(s => s.StartDate).ThenByDescending(s => s.Id).ToPagedResultAsync(paging, ct);
        return page.Map(s => ToDto(s, now));
    }

    public static async Task<SaleDto> LoadAsync(IApplicationDbContext db, Guid storeId, Guid id, DateTime now, CancellationToken ct) =>
        ToDto(await ForStore(db, storeId).FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Sale"), now);

    private static SaleDto ToDto(Sale s, DateTime now) => new()
    {
        Id = s.Id,
        Name = s.Name,
        DiscountPercentage = s.DiscountPercentage,
        ApplicationScope = WireNames.Of(s.ApplicationScope),
        PackageIds = s.PackageIds.Order().ToList(),
        CategoryIds = s.CategoryIds.Order().ToList(),
        IsEnabled = s.IsEnabled,
        StartDate = s.StartDate,
        EndDate = s.EndDate,
        Status = WireNames.Of(s.StatusAt(now)),
        CreatedAt = s.CreatedAt,
        UpdatedAt = s.UpdatedAt,
    };
}
