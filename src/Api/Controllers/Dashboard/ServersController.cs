using FluxStore.Management.Api.Idempotency;
using FluxStore.Management.Application.Servers;

namespace FluxStore.Management.Api.Controllers.Dashboard;

[Route(ApiSurfaces.Store + "/servers")]
public sealed class ServersController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<GameServerDto>>>> List(Guid storeId) => Send(new ListServersQuery(storeId));

    [HttpPost]
    [ResponseHoldsSecret]
    public Task<ActionResult<ApiResponse<GameServerCreatedDto>>> Create(Guid storeId, CreateServerCommand command) =>
        Send(command with { StoreId = storeId }, "Copy the server key now: it is shown once.");

    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid storeId, Guid id) =>
        SendNoContent(new DeleteServerCommand(storeId, id), "Server deleted.");

    [HttpPost("{id:guid}/regenerate-key")]
    [ResponseHoldsSecret]
    public Task<ActionResult<ApiResponse<GameServerCreatedDto>>> RegenerateKey(Guid storeId, Guid id) =>
        Send(new RegenerateServerKeyCommand(storeId, id), "Copy the new server key now: the old one no longer works.");
}
