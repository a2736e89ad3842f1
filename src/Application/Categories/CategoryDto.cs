using FluxStore.Management.Domain.Categories;

namespace FluxStore.Management.Application.Categories;

public sealed record CategoryDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? Description { get; init; }

    public bool IsEnabled { get; init; }

    public int SortOrder { get; init; }

    public int PackageCount { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }
}

internal static class CategoryQueries
{
    public static IQueryable<CategoryDto> ForStore(IApplicationDbContext db, Guid storeId) =>
        db.Categories.AsNoTracking()
            .Where(c => c.StoreId == storeId)
            .Select(c => new CategoryDto
            {
                Id = c.Id,
                Name = c.Name,
                Description = c.Description,
                IsEnabled = c.IsEnabled,
                SortOrder = c.SortOrder,
                PackageCount = db.Packages.Count(p => p.CategoryId == c.Id),
                CreatedAt = c.CreatedAt,
                UpdatedAt = c.UpdatedAt,
            });

    public static async Task<CategoryDto> LoadAsync(IApplicationDbContext db, Guid storeId, Guid id, CancellationToken ct) =>
        await ForStore(db, storeId).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Category");
}
