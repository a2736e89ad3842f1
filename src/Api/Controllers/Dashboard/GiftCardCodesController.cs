using FluxStore.Management.Application.GiftCards;

namespace FluxStore.Management.Api.Controllers.Dashboard;

[Route(ApiSurfaces.Store + "/gift-cards")]
public sealed class GiftCardCodesController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>The gift card's code, for the owner to hand over. Every read is recorded in the audit trail.</summary>
    [HttpGet("{id:guid}/code")]
    public Task<ActionResult<ApiResponse<GiftCardCodeDto>>> RevealCode(Guid storeId, Guid id) =>
        Send(new RevealGiftCardCodeQuery { StoreId = storeId, Id = id });
}
