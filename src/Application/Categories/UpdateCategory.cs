using System.Text.Json.Serialization;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Categories;

namespace FluxStore.Management.Application.Categories;

/// <summary>PATCH: absent fields stay; <c>description: null</c> clears it.</summary>
[RequirePermission(PermissionArea.Categories, PermissionAction.Edit)]
public sealed record UpdateCategoryCommand : IRequest<CategoryDto>, IRequiresProPlan
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string?> Name { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<bool?> IsEnabled { get; init; }

    public Optional<int?> SortOrder { get; init; }
}

public sealed class UpdateCategoryCommandValidator : AbstractValidator<UpdateCategoryCommand>
{
    public UpdateCategoryCommandValidator()
    {
        this.WhenSet(x => x.Name, r => r.NotEmpty().MaximumLength(Category.NameMaxLength));
        this.WhenSet(x => x.Description, r => r.MaximumLength(Category.DescriptionMaxLength));
        this.WhenSet(x => x.IsEnabled, r => r.NotNull());
        this.WhenSet(x => x.SortOrder, r => r.NotNull().GreaterThanOrEqualTo(0));
    }
}

public sealed class UpdateCategoryCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateCategoryCommand, CategoryDto>
{
    public async Task<CategoryDto> Handle(UpdateCategoryCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == request.Id && c.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Category");
        if (request.Name.IsSet) category.Name = request.Name.Value!.Trim();
        if (request.Description.IsSet) category.Description = request.Description.Value;
        if (request.IsEnabled.IsSet) category.IsEnabled = request.IsEnabled.Value!.Value;
        if (request.SortOrder.IsSet) category.SortOrder = request.SortOrder.Value!.Value;
        category.Touch(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        // Committed: the answer is read whatever happens to the request now (a retry must not write again).
        return await CategoryQueries.LoadAsync(db, mapper.ConfigurationProvider, storeId, category.Id, CancellationToken.None);
    }
}
