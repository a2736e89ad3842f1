using System.Text.Json.Serialization;
using FluxStore.Management.Application.Common.Validation;
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

[RequirePermission(PermissionArea.Categories, PermissionAction.View)]
public sealed record ListCategoriesQuery : IRequest<IReadOnlyList<CategoryDto>>, IRequiresProPlan;

public sealed class ListCategoriesQueryHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<ListCategoriesQuery, IReadOnlyList<CategoryDto>>
{
    public async Task<IReadOnlyList<CategoryDto>> Handle(ListCategoriesQuery request, CancellationToken cancellationToken) =>
        await CategoryQueries.ForStore(db, caller.RequireStoreId())
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
}

[RequirePermission(PermissionArea.Categories, PermissionAction.View)]
public sealed record GetCategoryQuery(Guid Id) : IRequest<CategoryDto>, IRequiresProPlan;

public sealed class GetCategoryQueryHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<GetCategoryQuery, CategoryDto>
{
    public Task<CategoryDto> Handle(GetCategoryQuery request, CancellationToken cancellationToken) =>
        CategoryQueries.LoadAsync(db, caller.RequireStoreId(), request.Id, cancellationToken);
}

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

public sealed class CreateCategoryCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
    : IRequestHandler<CreateCategoryCommand, CategoryDto>
{
    public async Task<CategoryDto> Handle(CreateCategoryCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var category = new Category(storeId, request.Name!, request.Description, request.IsEnabled, request.SortOrder, clock.GetUtcNow().UtcDateTime);
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return await CategoryQueries.LoadAsync(db, storeId, category.Id, cancellationToken);
    }
}

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

public sealed class UpdateCategoryCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
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
        return await CategoryQueries.LoadAsync(db, storeId, category.Id, cancellationToken);
    }
}

[RequirePermission(PermissionArea.Categories, PermissionAction.Delete)]
public sealed record DeleteCategoryCommand(Guid Id) : IRequest<Unit>, IRequiresProPlan;

public sealed class DeleteCategoryCommandHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<DeleteCategoryCommand, Unit>
{
    public async Task<Unit> Handle(DeleteCategoryCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == request.Id && c.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Category");
        var packages = await db.Packages.CountAsync(p => p.CategoryId == category.Id, cancellationToken);
        if (packages > 0)
        {
            throw new RequestValidationException(
                $"The category still has {packages} package{(packages == 1 ? string.Empty : "s")}; move or delete them first.");
        }

        db.Categories.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
