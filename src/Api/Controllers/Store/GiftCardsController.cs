using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.GiftCards;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Gift cards. Responses never contain the code (read it on the dashboard, audited).</summary>
/// <remarks>Served twice: <c>/api/v1/gift-cards</c> (<see cref="GiftCardsController"/>) and <c>/api/stores/{storeId}/gift-cards</c> (<c>StoreGiftCardsController</c>).</remarks>
public abstract class GiftCardsEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Lists the store's gift cards.</summary>
    /// <remarks>Paged with skip/take ({items,total,skip,take}; includeTotal=false skips the count) or, with limit/after/before, with cursors ({items,hasMore,nextCursor,previousCursor}). Permission: GiftCards:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 for an invalid filter, skip/take mixed with cursors, or a cursor from another list or store.</remarks>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<GiftCardDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<GiftCardDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListGiftCardsQuery query) => SendList(query);

    /// <summary>Gets one gift card.</summary>
    /// <remarks>Permission: GiftCards:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such gift card (another store's included).</remarks>
    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<GiftCardDto>>> Get(Guid id) => Send(new GetGiftCardQuery(id));

    /// <summary>Creates a gift card.</summary>
    /// <remarks>Issues a gift card with a balance; the response never holds its code (the dashboard reveals it, audited). Permission: GiftCards:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field; 404 for a referenced id the store does not have; 415 unless the body is application/json.</remarks>
    [HttpPost]
    public Task<ActionResult<ApiResponse<GiftCardDto>>> Create(CreateGiftCardCommand command) =>
        Send(command, "Gift card created. Its code is available to the store owner on the dashboard.");

    /// <summary>Updates a gift card: only the fields sent change.</summary>
    /// <remarks>Permission: GiftCards:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field; 404 when the store has no such gift card; 415 unless the body is application/json.</remarks>
    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<GiftCardDto>>> Update(Guid id, UpdateGiftCardCommand command) =>
        Send(command with { Id = id });

    /// <summary>Deletes a gift card.</summary>
    /// <remarks>Permission: GiftCards:Delete. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such gift card.</remarks>
    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid id) =>
        SendNoContent(new DeleteGiftCardCommand(id), "Gift card deleted.");
}

/// <summary>The Store API (/api/v1, X-Api-Key): the API key's store, which needs an active Pro plan (403 otherwise).</summary>
[Route(ApiSurfaces.StoreApi + "/gift-cards")]
public sealed class GiftCardsController(IMediator mediator) : GiftCardsEndpoints(mediator);
