using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Coupons;

namespace FluxStore.Management.Api.Controllers.Store;

[Route("api/v1/coupons")]
public sealed class CouponsController(IMediator mediator) : StoreApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<PagedResult<CouponDto>>>> List([FromQuery] ListCouponsQuery query) => Send(query);

    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<CouponDto>>> Get(Guid id) => Send(new GetCouponQuery(id));

    [HttpPost]
    public Task<ActionResult<ApiResponse<CouponDto>>> Create(CreateCouponCommand command) => Send(command);

    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<CouponDto>>> Update(Guid id, UpdateCouponCommand command) =>
        Send(command with { Id = id });

    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid id) =>
        SendNoContent(new DeleteCouponCommand(id), "Coupon deleted.");
}
