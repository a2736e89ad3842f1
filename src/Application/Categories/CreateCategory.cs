using FluxStore.Management.Domain.Categories;

namespace FluxStore.Management.Application.Categories;

[RequirePermission(PermissionArea.Categories, PermissionAction.Edit)]
public sealed record CreateCategoryCommand : IRequest<CategoryDto>, IRequiresProPlan
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public bool IsEnabled { get; init; } = true;

    public int SortOrder { get; init; }
}

public sealed class CreateCategoryCommandValidator : AbstractValidator<CreateCategoryCommand>
{
    public CreateCategoryCommandValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Category.NameMaxLength);
        RuleFor(x => x.Description).MaximumLength(Category.DescriptionMaxLength);
        RuleFor(x => x.SortOrder).GreaterThanOrEqualTo(0);
    }
}

public sealed class CreateCategoryCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateCategoryCommand, CategoryDto>
{
    public async Task<CategoryDto> Handle(CreateCategoryCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var category = new Category(storeId, request.Name!, request.Description, request.IsEnabled, request.SortOrder, clock.GetUtcNow().UtcDateTime);
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        // Committed: the answer is read whatever happens to the request now (a retry must not write again).
        return await CategoryQueries.LoadAsync(db, mapper.ConfigurationProvider, storeId, category.Id, CancellationToken.None);
    }
}
