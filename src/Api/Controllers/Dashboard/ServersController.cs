using FluxStore.Management.Api.Idempotency;
using FluxStore.Management.Application.Servers;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>A store's game servers and their plugin keys.</summary>
[Route(ApiSurfaces.Store + "/servers")]
public sealed class ServersController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Lists the store's game servers.</summary>
    /// <remarks>Permission: Stores:View (a member of the store). Errors: 404 when the caller is not a member of the store.</remarks>
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<GameServerDto>>>> List(Guid storeId) => Send(new ListServersQuery(storeId));

    /// <summary>Registers a game server.</summary>
    /// <remarks>The response carries its server key (for the plugin's X-Server-Key), shown this once. Permission: Stores:Edit. Errors: 400 for an invalid name; 404 when the caller is not a member of the store; 415 unless the body is application/json.</remarks>
    [HttpPost]
    [ResponseHoldsSecret]
    public Task<ActionResult<ApiResponse<GameServerCreatedDto>>> Create(Guid storeId, CreateServerCommand command) =>
        Send(command with { StoreId = storeId }, "Copy the server key now: it is shown once.");

    /// <summary>Deletes a game server.</summary>
    /// <remarks>Its pending commands go with it. Permission: Stores:Edit. Errors: 404 when the store has no such server.</remarks>
    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid storeId, Guid id) =>
        SendNoContent(new DeleteServerCommand(storeId, id), "Server deleted.");

    /// <summary>Replaces a game server's key.</summary>
    /// <remarks>The old key stops working; the new one is in the response, shown this once. Permission: Stores:Edit. Errors: 404 when the store has no such server.</remarks>
    [HttpPost("{id:guid}/regenerate-key")]
    [ResponseHoldsSecret]
    public Task<ActionResult<ApiResponse<GameServerCreatedDto>>> RegenerateKey(Guid storeId, Guid id) =>
        Send(new RegenerateServerKeyCommand(storeId, id), "Copy the new server key now: the old one no longer works.");
}
