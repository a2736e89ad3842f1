using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Coupons;

namespace FluxStore.Management.Api.Controllers.Store;

/// <remarks>Served twice: <c>/api/v1/coupons</c> (<see cref="CouponsController"/>) and <c>/api/stores/{storeId}/coupons</c> (<c>StoreCouponsController</c>).</remarks>
/// <summary>Coupons: discount codes for orders.</summary>
public abstract class CouponsEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Lists the store's coupons.</summary>
    /// <remarks>Paged with skip/take ({items,total,skip,take}; includeTotal=false skips the count) or, with limit/after/before, with cursors ({items,hasMore,nextCursor,previousCursor}). Permission: Coupons:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 for an invalid filter, skip/take mixed with cursors, or a cursor from another list or store.</remarks>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<CouponDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<CouponDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListCouponsQuery query) => SendList(query);

    /// <summary>Gets one coupon.</summary>
    /// <remarks>Permission: Coupons:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such coupon (another store's included).</remarks>
    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<CouponDto>>> Get(Guid id) => Send(new GetCouponQuery(id));

    /// <summary>Creates a coupon.</summary>
    /// <remarks>Permission: Coupons:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field; 404 for a referenced id the store does not have; 415 unless the body is application/json.</remarks>
    [HttpPost]
    public Task<ActionResult<ApiResponse<CouponDto>>> Create(CreateCouponCommand command) => Send(command);

    /// <summary>Updates a coupon: only the fields sent change.</summary>
    /// <remarks>Permission: Coupons:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field; 404 when the store has no such coupon; 415 unless the body is application/json.</remarks>
    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<CouponDto>>> Update(Guid id, UpdateCouponCommand command) =>
        Send(command with { Id = id });

    /// <summary>Deletes a coupon.</summary>
    /// <remarks>Permission: Coupons:Delete. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such coupon.</remarks>
    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid id) =>
        SendNoContent(new DeleteCouponCommand(id), "Coupon deleted.");
}

/// <summary>The Store API (/api/v1, X-Api-Key): the API key's store, which needs an active Pro plan (403 otherwise).</summary>
[Route(ApiSurfaces.StoreApi + "/coupons")]
public sealed class CouponsController(IMediator mediator) : CouponsEndpoints(mediator);
