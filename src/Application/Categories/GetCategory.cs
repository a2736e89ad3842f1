namespace FluxStore.Management.Application.Categories;

[RequirePermission(PermissionArea.Categories, PermissionAction.View)]
public sealed record GetCategoryQuery(Guid Id) : IRequest<CategoryDto>, IRequiresProPlan;

public sealed class GetCategoryQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper)
    : IRequestHandler<GetCategoryQuery, CategoryDto>
{
    public Task<CategoryDto> Handle(GetCategoryQuery request, CancellationToken cancellationToken) =>
        CategoryQueries.LoadAsync(db, mapper.ConfigurationProvider, caller.RequireStoreId(), request.Id, cancellationToken);
}
