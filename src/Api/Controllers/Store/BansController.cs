using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Bans;

namespace FluxStore.Management.Api.Controllers.Store;

[Route("api/v1/bans")]
public sealed class BansController(IMediator mediator) : StoreApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<PagedResult<BanDto>>>> List([FromQuery] ListBansQuery query) => Send(query);

    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<BanDto>>> Get(Guid id) => Send(new GetBanQuery(id));

    [HttpPost]
    public Task<ActionResult<ApiResponse<BanDto>>> Create(CreateBanCommand command) => Send(command);

    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<BanDto>>> Update(Guid id, UpdateBanCommand command) =>
        Send(command with { Id = id });

    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid id) =>
        SendNoContent(new DeleteBanCommand(id), "Ban deleted.");
}
