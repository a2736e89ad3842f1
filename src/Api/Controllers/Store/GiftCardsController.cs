using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.GiftCards;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Gift cards. Responses never contain the code (read it on the dashboard, audited).</summary>
/// <remarks>Served twice: <c>/api/v1/gift-cards</c> (<see cref="GiftCardsController"/>) and <c>/api/stores/{storeId}/gift-cards</c> (<c>StoreGiftCardsController</c>).</remarks>
public abstract class GiftCardsEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Skip/take (<c>{items,total,skip,take}</c>) or, with <c>limit</c>/<c>after</c>/<c>before</c>, cursors (<c>{items,hasMore,nextCursor,previousCursor}</c>).</summary>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<GiftCardDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<GiftCardDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListGiftCardsQuery query) => SendList(query);

    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<GiftCardDto>>> Get(Guid id) => Send(new GetGiftCardQuery(id));

    [HttpPost]
    public Task<ActionResult<ApiResponse<GiftCardDto>>> Create(CreateGiftCardCommand command) =>
        Send(command, "Gift card created. Its code is available to the store owner on the dashboard.");

    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<GiftCardDto>>> Update(Guid id, UpdateGiftCardCommand command) =>
        Send(command with { Id = id });

    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid id) =>
        SendNoContent(new DeleteGiftCardCommand(id), "Gift card deleted.");
}

/// <summary>The Store API: the API key's store.</summary>
[Route(ApiSurfaces.StoreApi + "/gift-cards")]
public sealed class GiftCardsController(IMediator mediator) : GiftCardsEndpoints(mediator);
