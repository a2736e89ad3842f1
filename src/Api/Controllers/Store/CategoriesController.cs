using FluxStore.Management.Application.Categories;

namespace FluxStore.Management.Api.Controllers.Store;

/// <remarks>Served twice: <c>/api/v1/categories</c> (<see cref="CategoriesController"/>) and <c>/api/stores/{storeId}/categories</c> (<c>StoreCategoriesController</c>).</remarks>
/// <summary>Categories: groups of packages in display order.</summary>
public abstract class CategoriesEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Lists the store's categories.</summary>
    /// <remarks>Every category, in display order (no paging). Permission: Categories:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it.</remarks>
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<CategoryDto>>>> List() => Send(new ListCategoriesQuery());

    /// <summary>Gets one category.</summary>
    /// <remarks>Permission: Categories:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such category (another store's included).</remarks>
    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<CategoryDto>>> Get(Guid id) => Send(new GetCategoryQuery(id));

    /// <summary>Creates a category.</summary>
    /// <remarks>Permission: Categories:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field; 404 for a referenced id the store does not have; 415 unless the body is application/json.</remarks>
    [HttpPost]
    public Task<ActionResult<ApiResponse<CategoryDto>>> Create(CreateCategoryCommand command) => Send(command);

    /// <summary>Updates a category: only the fields sent change.</summary>
    /// <remarks>Permission: Categories:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field; 404 when the store has no such category; 415 unless the body is application/json.</remarks>
    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<CategoryDto>>> Update(Guid id, UpdateCategoryCommand command) =>
        Send(command with { Id = id });

    /// <summary>Deletes a category.</summary>
    /// <remarks>Permission: Categories:Delete. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 while packages are still in it (the message says how many); 404 when the store has no such category.</remarks>
    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid id) =>
        SendNoContent(new DeleteCategoryCommand(id), "Category deleted.");
}

/// <summary>The Store API (/api/v1, X-Api-Key): the API key's store, which needs an active Pro plan (403 otherwise).</summary>
[Route(ApiSurfaces.StoreApi + "/categories")]
public sealed class CategoriesController(IMediator mediator) : CategoriesEndpoints(mediator);
