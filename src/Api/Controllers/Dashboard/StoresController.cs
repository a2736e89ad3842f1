using FluxStore.Management.Application.Stores;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>The signed-in user's stores and their settings.</summary>
[Route(ApiSurfaces.Stores)]
public sealed class StoresController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Lists the stores the signed-in user is a member of.</summary>
    /// <remarks>Permission: any signed-in user.</remarks>
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<StoreDto>>>> List() => Send(new ListMyStoresQuery());

    /// <summary>Creates a store; the caller becomes its owner.</summary>
    /// <remarks>The store starts on the Free plan. Permission: any signed-in user. Errors: 400 for an invalid name or currency; 415 unless the body is application/json.</remarks>
    [HttpPost]
    public Task<ActionResult<ApiResponse<StoreDto>>> Create(CreateStoreCommand command) => Send(command);

    /// <summary>Gets one store and its settings.</summary>
    /// <remarks>Permission: Stores:View (a member of the store). Errors: 404 when the caller is not a member of the store.</remarks>
    [HttpGet("{storeId:guid}")]
    public Task<ActionResult<ApiResponse<StoreDto>>> Get(Guid storeId) => Send(new GetStoreQuery(storeId));

    /// <summary>Updates the store's settings: only the fields sent change.</summary>
    /// <remarks>Permission: Stores:Edit. Errors: 400 naming every invalid field; 404 when the caller is not a member of the store; 415 unless the body is application/json.</remarks>
    [HttpPatch("{storeId:guid}")]
    public Task<ActionResult<ApiResponse<StoreDto>>> Update(Guid storeId, UpdateStoreCommand command) =>
        Send(command with { StoreId = storeId });
}
