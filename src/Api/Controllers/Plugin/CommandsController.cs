using FluxStore.Management.Application.Plugin;

namespace FluxStore.Management.Api.Controllers.Plugin;

/// <summary>The game-server plugin's command queue (<c>X-Server-Key</c>).</summary>
[Route(ApiSurfaces.Plugin + "/commands")]
public sealed class CommandsController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Leases the caller's next commands (<c>peek=true</c>: lists them without leasing).</summary>
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<PluginCommandDto>>>> Pending([FromQuery] bool peek = false) =>
        Send(new GetPendingCommandsQuery { Peek = peek });

    [HttpPost("ack")]
    public Task<ActionResult<ApiResponse<AcknowledgeResultDto>>> Acknowledge(AcknowledgeCommandsCommand command) => Send(command);
}
