using FluxStore.Management.Api.Idempotency;
using FluxStore.Management.Application.ApiKeys;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>A store's API keys for the Store API (Stores:Edit).</summary>
[Route(ApiSurfaces.Store + "/api-keys")]
public sealed class ApiKeysController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Lists the store's API keys.</summary>
    /// <remarks>Names, permissions, prefixes and expiry; never a secret. Permission: Stores:Edit (a member of the store). Errors: 404 when the caller is not a member of the store.</remarks>
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<ApiKeyDto>>>> List(Guid storeId) => Send(new ListApiKeysQuery(storeId));

    /// <summary>Creates an API key.</summary>
    /// <remarks>The response carries the key's secret, shown this once. Permission: Stores:Edit. Errors: 400 for an unknown permission or a past expiry; 404 when the caller is not a member of the store; 415 unless the body is application/json.</remarks>
    [HttpPost]
    [ResponseHoldsSecret]
    public Task<ActionResult<ApiResponse<ApiKeyCreatedDto>>> Create(Guid storeId, CreateApiKeyCommand command) =>
        Send(command with { StoreId = storeId }, "Copy the key now: it is shown once and cannot be recovered.");

    /// <summary>Revokes an API key.</summary>
    /// <remarks>The key stops working at once on every instance. Permission: Stores:Edit. Errors: 404 when the store has no such key.</remarks>
    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<ApiKeyDto>>> Revoke(Guid storeId, Guid id) =>
        Send(new RevokeApiKeyCommand(storeId, id), "API key revoked.");

    /// <summary>Replaces an API key's secret.</summary>
    /// <remarks>The old secret stops working; the new one is in the response, shown this once. Permission: Stores:Edit. Errors: 404 when the store has no such key.</remarks>
    [HttpPost("{id:guid}/regenerate")]
    [ResponseHoldsSecret]
    public Task<ActionResult<ApiResponse<ApiKeyCreatedDto>>> Regenerate(Guid storeId, Guid id) =>
        Send(new RegenerateApiKeyCommand(storeId, id), "Copy the new key now: the old key no longer works.");
}
