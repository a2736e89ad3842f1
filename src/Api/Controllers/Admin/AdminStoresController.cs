using FluxStore.Management.Application.Admin;
using FluxStore.Management.Application.Stores;

namespace FluxStore.Management.Api.Controllers.Admin;

[Route(ApiSurfaces.Admin + "/stores")]
public sealed class AdminStoresController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpPut("{storeId:guid}/plan")]
    public Task<ActionResult<ApiResponse<StoreDto>>> SetPlan(Guid storeId, SetStorePlanCommand command) =>
        Send(command with { StoreId = storeId });
}
