namespace FluxStore.Management.Application.Categories;

[RequirePermission(PermissionArea.Categories, PermissionAction.View)]
public sealed record ListCategoriesQuery : IRequest<IReadOnlyList<CategoryDto>>, IRequiresProPlan;

public sealed class ListCategoriesQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper)
    : IRequestHandler<ListCategoriesQuery, IReadOnlyList<CategoryDto>>
{
    public async Task<IReadOnlyList<CategoryDto>> Handle(ListCategoriesQuery request, CancellationToken cancellationToken) =>
        await CategoryQueries.ForStore(db, mapper.ConfigurationProvider, caller.RequireStoreId())
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
}
