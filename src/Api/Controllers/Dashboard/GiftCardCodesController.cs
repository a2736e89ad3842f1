using FluxStore.Management.Application.GiftCards;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>A gift card's code, revealed on the dashboard only and audited (Stores:Edit).</summary>
[Route(ApiSurfaces.Store + "/gift-cards")]
public sealed class GiftCardCodesController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Reveals a gift card's code.</summary>
    /// <remarks>For the owner to hand over; every read is recorded in the audit trail. Permission: Stores:Edit (a member of the store). Errors: 404 when the store has no such gift card.</remarks>
    [HttpGet("{id:guid}/code")]
    public Task<ActionResult<ApiResponse<GiftCardCodeDto>>> RevealCode(Guid storeId, Guid id) =>
        Send(new RevealGiftCardCodeQuery { StoreId = storeId, Id = id });
}
