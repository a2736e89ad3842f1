using FluxStore.Management.Application.Stores;

namespace FluxStore.Management.Api.Controllers.Dashboard;

[Route(ApiSurfaces.Stores)]
public sealed class StoresController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<StoreDto>>>> List() => Send(new ListMyStoresQuery());

    [HttpPost]
    public Task<ActionResult<ApiResponse<StoreDto>>> Create(CreateStoreCommand command) => Send(command);

    [HttpGet("{storeId:guid}")]
    public Task<ActionResult<ApiResponse<StoreDto>>> Get(Guid storeId) => Send(new GetStoreQuery(storeId));

    /// <summary>Store settings (<c>Stores:Edit</c>): absent fields stay unchanged.</summary>
    [HttpPatch("{storeId:guid}")]
    public Task<ActionResult<ApiResponse<StoreDto>>> Update(Guid storeId, UpdateStoreCommand command) =>
        Send(command with { StoreId = storeId });
}
