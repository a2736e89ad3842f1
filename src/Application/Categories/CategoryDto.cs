using FluxStore.Management.Domain.Categories;
using FluxStore.Management.Domain.Packages;

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

/// <summary>
/// Project with <c>new { packages = db.Packages }</c>: a category has no navigation to its packages, so the count
/// is a correlated subquery over the set passed in.
/// </summary>
public sealed class CategoryMappingProfile : Profile
{
    public CategoryMappingProfile()
    {
        IQueryable<Package> packages = Enumerable.Empty<Package>().AsQueryable();
        CreateMap<Category, CategoryDto>()
            .ForMember(d => d.PackageCount, o => o.MapFrom(c => packages.Count(p => p.CategoryId == c.Id)));
    }
}

internal static class CategoryQueries
{
    /// <summary>The store's categories as DTOs; <c>packageCount</c> is a correlated count in the same query.</summary>
    public static IQueryable<CategoryDto> ForStore(IApplicationDbContext db, IConfigurationProvider mapping, Guid storeId) =>
        db.Categories.AsNoTracking()
            .Where(c => c.StoreId == storeId)
            .ProjectTo<CategoryDto>(mapping, new { packages = db.Packages });

    public static async Task<CategoryDto> LoadAsync(IApplicationDbContext db, IConfigurationProvider mapping, Guid storeId, Guid id, CancellationToken ct) =>
        await ForStore(db, mapping, storeId).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Category");
}
