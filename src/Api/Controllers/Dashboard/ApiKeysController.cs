using FluxStore.Management.Api.Idempotency;
using FluxStore.Management.Application.ApiKeys;

namespace FluxStore.Management.Api.Controllers.Dashboard;

[Route(ApiSurfaces.Store + "/api-keys")]
public sealed class ApiKeysController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<ApiKeyDto>>>> List(Guid storeId) => Send(new ListApiKeysQuery(storeId));

    [HttpPost]
    [ResponseHoldsSecret]
    public Task<ActionResult<ApiResponse<ApiKeyCreatedDto>>> Create(Guid storeId, CreateApiKeyCommand command) =>
        Send(command with { StoreId = storeId }, "Copy the key now: it is shown once and cannot be recovered.");

    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<ApiKeyDto>>> Revoke(Guid storeId, Guid id) =>
        Send(new RevokeApiKeyCommand(storeId, id), "API key revoked.");

    [HttpPost("{id:guid}/regenerate")]
    [ResponseHoldsSecret]
    public Task<ActionResult<ApiResponse<ApiKeyCreatedDto>>> Regenerate(Guid storeId, Guid id) =>
        Send(new RegenerateApiKeyCommand(storeId, id), "Copy the new key now: the old key no longer works.");
}
