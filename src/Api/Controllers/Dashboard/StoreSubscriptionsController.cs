using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Subscriptions;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>A store's subscriptions on the dashboard: the Store API's list (Subscriptions View) and cancellation (Stores Edit).</summary>
[Route("api/stores/{storeId:guid}/subscriptions")]
public sealed class StoreSubscriptionsController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>As <c>GET /api/v1/subscriptions</c>: skip/take (<c>{items,total,skip,take}</c>) or, with <c>limit</c>/<c>after</c>/<c>before</c>, cursors.</summary>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<SubscriptionDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<SubscriptionDto>>), StatusCodes.Status200OK)]
    public async Task<IActionResult> List(Guid storeId, [FromQuery] ListSubscriptionsQuery query)
    {
        var page = await Mediator.Send(new ListStoreSubscriptionsQuery(storeId, query), HttpContext.RequestAborted);
        return page.Cursor is { } cursor
            ? Ok(ApiResponse.Ok(cursor))
            : Ok(ApiResponse.Ok(page.Offset ?? throw new InvalidOperationException("A list handler returned no page.")));
    }

    /// <summary><c>{atPeriodEnd:false}</c> ends it now (expiry commands queued); <c>{atPeriodEnd:true}</c> when its period and grace end.</summary>
    [HttpPost("{id:guid}/cancel")]
    public Task<ActionResult<ApiResponse<SubscriptionDto>>> Cancel(Guid storeId, Guid id, CancelSubscriptionCommand command) =>
        Send(command with { StoreId = storeId, Id = id });
}
