using FluxStore.Management.Application.Bans;
using FluxStore.Management.Application.Common.Models;

namespace FluxStore.Management.Api.Controllers.Store;

/// <remarks>Served twice: <c>/api/v1/bans</c> (<see cref="BansController"/>) and <c>/api/stores/{storeId}/bans</c> (<c>StoreBansController</c>).</remarks>
/// <summary>Bans: players who may not buy in the store.</summary>
public abstract class BansEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Lists the store's bans.</summary>
    /// <remarks>Paged with skip/take ({items,total,skip,take}; includeTotal=false skips the count) or, with limit/after/before, with cursors ({items,hasMore,nextCursor,previousCursor}). Permission: Bans:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 for an invalid filter, skip/take mixed with cursors, or a cursor from another list or store.</remarks>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<BanDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<BanDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListBansQuery query) => SendList(query);

    /// <summary>Gets one ban.</summary>
    /// <remarks>Permission: Bans:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such ban (another store's included).</remarks>
    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<BanDto>>> Get(Guid id) => Send(new GetBanQuery(id));

    /// <summary>Creates a ban.</summary>
    /// <remarks>Bans a player (by username or UUID) from buying in the store. Permission: Bans:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field; 404 for a referenced id the store does not have; 415 unless the body is application/json.</remarks>
    [HttpPost]
    public Task<ActionResult<ApiResponse<BanDto>>> Create(CreateBanCommand command) => Send(command);

    /// <summary>Updates a ban: only the fields sent change.</summary>
    /// <remarks>Permission: Bans:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field; 404 when the store has no such ban; 415 unless the body is application/json.</remarks>
    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<BanDto>>> Update(Guid id, UpdateBanCommand command) =>
        Send(command with { Id = id });

    /// <summary>Deletes a ban.</summary>
    /// <remarks>Permission: Bans:Delete. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such ban.</remarks>
    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid id) =>
        SendNoContent(new DeleteBanCommand(id), "Ban deleted.");
}

/// <summary>The Store API (/api/v1, X-Api-Key): the API key's store, which needs an active Pro plan (403 otherwise).</summary>
[Route(ApiSurfaces.StoreApi + "/bans")]
public sealed class BansController(IMediator mediator) : BansEndpoints(mediator);
