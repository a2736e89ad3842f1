using FluxStore.Management.Application.Plugin;

namespace FluxStore.Management.Api.Controllers.Plugin;

/// <summary>The game-server plugin's command queue (<c>X-Server-Key</c>).</summary>
[Route(ApiSurfaces.Plugin + "/commands")]
public sealed class CommandsController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Leases the server's next commands to run.</summary>
    /// <remarks>peek=true lists them without leasing. A leased command is offered again when its lease ends unacknowledged. Permission: the game server's X-Server-Key. Errors: 401 for a missing or unknown server key.</remarks>
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<PluginCommandDto>>>> Pending([FromQuery] bool peek = false) =>
        Send(new GetPendingCommandsQuery { Peek = peek });

    /// <summary>Reports commands as run (or failed).</summary>
    /// <remarks>Marks each executed command delivered (raising command.delivered) and records failures (raising command.failed once a command has been offered its maximum number of times). Repeats are harmless. Permission: the game server's X-Server-Key. Errors: 400 for an invalid body; 401 for a missing or unknown server key; 415 unless the body is application/json.</remarks>
    [HttpPost("ack")]
    public Task<ActionResult<ApiResponse<AcknowledgeResultDto>>> Acknowledge(AcknowledgeCommandsCommand command) => Send(command);
}
