using FluxStore.Management.Application.Admin;
using FluxStore.Management.Application.Stores;

namespace FluxStore.Management.Api.Controllers.Admin;

/// <summary>Operator routes: a store's plan (platform admins only).</summary>
[Route(ApiSurfaces.Admin + "/stores")]
public sealed class AdminStoresController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Sets a store's plan (operators only).</summary>
    /// <remarks>Free or Pro, with an optional expiry; the Store API serves only Pro stores. Permission: a platform admin's token. Errors: 400 for an unknown plan or a past expiry; 403 for any other user; 404 when there is no such store; 415 unless the body is application/json.</remarks>
    [HttpPut("{storeId:guid}/plan")]
    public Task<ActionResult<ApiResponse<StoreDto>>> SetPlan(Guid storeId, SetStorePlanCommand command) =>
        Send(command with { StoreId = storeId });
}
