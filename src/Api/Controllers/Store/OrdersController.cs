using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Orders;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Orders: list, get, manual create, refund. No update or delete (the spec's Orders area has no Delete).</summary>
/// <remarks>Served twice: <c>/api/v1/orders</c> (<see cref="OrdersController"/>) and <c>/api/stores/{storeId}/orders</c> (<c>StoreOrdersController</c>).</remarks>
public abstract class OrdersEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Lists the store's orders, newest first.</summary>
    /// <remarks>Filters: playerUsername, playerUuid, status, packageId, couponId, from/to on createdAt. Paged with skip/take ({items,total,skip,take}; includeTotal=false skips the count) or, with limit/after/before, with cursors ({items,hasMore,nextCursor,previousCursor}). Permission: Orders:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 for an invalid filter, skip/take mixed with cursors, or a foreign cursor.</remarks>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<OrderDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<OrderDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListOrdersQuery query) => SendList(query);

    /// <summary>Gets one order with its items, refunds and command deliveries.</summary>
    /// <remarks>Permission: Orders:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such order.</remarks>
    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<OrderDetailDto>>> Get(Guid id) => Send(new GetOrderQuery(id));

    /// <summary>Places an order (a manual purchase).</summary>
    /// <remarks>Prices the items (sales, coupon, gift card), records the customer, queues the packages' commands for the game servers and raises order.created (and subscription.created or .renewed). An Idempotency-Key header makes a retry safe. Permission: Orders:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field, an inactive package, a banned player or an unusable coupon; 404 for a package the store does not have; 409 while the same Idempotency-Key is in use; 415 unless the body is application/json.</remarks>
    [HttpPost]
    public Task<ActionResult<ApiResponse<OrderDto>>> Create(CreateOrderCommand command) => Send(command);

    /// <summary>Refunds an order, whole or by item.</summary>
    /// <remarks>Refunds the named items, or (no body, or no itemIds) every item not refunded yet; cancels their undelivered commands and subscriptions and raises order.refunded. Permission: Orders:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 for an item already refunded or not of the order; 404 when the store has no such order; 415 when a body is sent as anything but application/json.</remarks>
    [HttpPost("{id:guid}/refund")]
    public Task<ActionResult<ApiResponse<OrderDto>>> Refund(
        Guid id, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] RefundOrderCommand? command) =>
        Send((command ?? new RefundOrderCommand()) with { Id = id }, "Order refunded.");
}

/// <summary>The Store API (/api/v1, X-Api-Key): the API key's store, which needs an active Pro plan (403 otherwise).</summary>
[Route(ApiSurfaces.StoreApi + "/orders")]
public sealed class OrdersController(IMediator mediator) : OrdersEndpoints(mediator);
