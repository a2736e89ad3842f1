using FluxStore.Management.Application.Categories;

namespace FluxStore.Management.Api.Controllers.Store;

/// <remarks>Served twice: <c>/api/v1/categories</c> (<see cref="CategoriesController"/>) and <c>/api/stores/{storeId}/categories</c> (<c>StoreCategoriesController</c>).</remarks>
public abstract class CategoriesEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<CategoryDto>>>> List() => Send(new ListCategoriesQuery());

    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<CategoryDto>>> Get(Guid id) => Send(new GetCategoryQuery(id));

    [HttpPost]
    public Task<ActionResult<ApiResponse<CategoryDto>>> Create(CreateCategoryCommand command) => Send(command);

    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<CategoryDto>>> Update(Guid id, UpdateCategoryCommand command) =>
        Send(command with { Id = id });

    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid id) =>
        SendNoContent(new DeleteCategoryCommand(id), "Category deleted.");
}

/// <summary>The Store API: the API key's store.</summary>
[Route(ApiSurfaces.StoreApi + "/categories")]
public sealed class CategoriesController(IMediator mediator) : CategoriesEndpoints(mediator);
