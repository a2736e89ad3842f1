using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Orders;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Orders: list, get, manual create, refund. No update or delete (the spec's Orders area has no Delete).</summary>
/// <remarks>Served twice: <c>/api/v1/orders</c> (<see cref="OrdersController"/>) and <c>/api/stores/{storeId}/orders</c> (<c>StoreOrdersController</c>).</remarks>
public abstract class OrdersEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Skip/take (<c>{items,total,skip,take}</c>) or, with <c>limit</c>/<c>after</c>/<c>before</c>, cursors (<c>{items,hasMore,nextCursor,previousCursor}</c>).</summary>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<OrderDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<OrderDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListOrdersQuery query) => SendList(query);

    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<OrderDetailDto>>> Get(Guid id) => Send(new GetOrderQuery(id));

    [HttpPost]
    public Task<ActionResult<ApiResponse<OrderDto>>> Create(CreateOrderCommand command) => Send(command);

    /// <summary>Refunds the named items, or (no body, or no <c>itemIds</c>) every item not refunded yet.</summary>
    [HttpPost("{id:guid}/refund")]
    public Task<ActionResult<ApiResponse<OrderDto>>> Refund(
        Guid id, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] RefundOrderCommand? command) =>
        Send((command ?? new RefundOrderCommand()) with { Id = id }, "Order refunded.");
}

/// <summary>The Store API: the API key's store.</summary>
[Route(ApiSurfaces.StoreApi + "/orders")]
public sealed class OrdersController(IMediator mediator) : OrdersEndpoints(mediator);
