using FluxStore.Management.Application.Bans;
using FluxStore.Management.Application.Common.Models;

namespace FluxStore.Management.Api.Controllers.Store;

/// <remarks>Served twice: <c>/api/v1/bans</c> (<see cref="BansController"/>) and <c>/api/stores/{storeId}/bans</c> (<c>StoreBansController</c>).</remarks>
public abstract class BansEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Skip/take (<c>{items,total,skip,take}</c>) or, with <c>limit</c>/<c>after</c>/<c>before</c>, cursors (<c>{items,hasMore,nextCursor,previousCursor}</c>).</summary>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<BanDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<BanDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListBansQuery query) => SendList(query);

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

/// <summary>The Store API: the API key's store.</summary>
[Route(ApiSurfaces.StoreApi + "/bans")]
public sealed class BansController(IMediator mediator) : BansEndpoints(mediator);
