using FluxStore.Management.Application.Plugin;

namespace FluxStore.Management.Api.Controllers.Plugin;

/// <summary>The game-server plugin's command queue (<c>X-Server-Key</c>).</summary>
[Route("api/plugin/v1/commands")]
public sealed class CommandsController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<PluginCommandDto>>>> Pending() => Send(new GetPendingCommandsQuery());

    [HttpPost("ack")]
    public Task<ActionResult<ApiResponse<AcknowledgeResultDto>>> Acknowledge(AcknowledgeCommandsCommand command) => Send(command);
}
