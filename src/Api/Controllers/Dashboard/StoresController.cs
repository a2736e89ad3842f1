using FluxStore.Management.Application.Stores;

namespace FluxStore.Management.Api.Controllers.Dashboard;

[Route("api/stores")]
public sealed class StoresController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<StoreDto>>>> List() => Send(new ListMyStoresQuery());

    [HttpPost]
    public Task<ActionResult<ApiResponse<StoreDto>>> Create(CreateStoreCommand command) => Send(command);

    [HttpGet("{storeId:guid}")]
    public Task<ActionResult<ApiResponse<StoreDto>>> Get(Guid storeId) => Send(new GetStoreQuery(storeId));
}
