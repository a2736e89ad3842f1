using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Coupons;

namespace FluxStore.Management.Api.Controllers.Store;

/// <remarks>Served twice: <c>/api/v1/coupons</c> (<see cref="CouponsController"/>) and <c>/api/stores/{storeId}/coupons</c> (<c>StoreCouponsController</c>).</remarks>
public abstract class CouponsEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Skip/take (<c>{items,total,skip,take}</c>) or, with <c>limit</c>/<c>after</c>/<c>before</c>, cursors (<c>{items,hasMore,nextCursor,previousCursor}</c>).</summary>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<CouponDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<CouponDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListCouponsQuery query) => SendList(query);

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

/// <summary>The Store API: the API key's store.</summary>
[Route(ApiSurfaces.StoreApi + "/coupons")]
public sealed class CouponsController(IMediator mediator) : CouponsEndpoints(mediator);
