namespace FluxStore.Management.Application.Categories;

[RequirePermission(PermissionArea.Categories, PermissionAction.View)]
public sealed record ListCategoriesQuery : IRequest<IReadOnlyList<CategoryDto>>, IRequiresProPlan;

/// <summary>The store's categories, from the store read cache (nothing in a category depends on the clock).</summary>
public sealed class ListCategoriesQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, IStoreReadCache cache)
    : IRequestHandler<ListCategoriesQuery, IReadOnlyList<CategoryDto>>
{
    public Task<IReadOnlyList<CategoryDto>> Handle(ListCategoriesQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        return cache.GetOrLoadAsync<IReadOnlyList<CategoryDto>>(storeId, async ct =>
            await CategoryQueries.ForStore(db, mapper.ConfigurationProvider, storeId)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
                .ToListAsync(ct), cancellationToken);
    }
}
