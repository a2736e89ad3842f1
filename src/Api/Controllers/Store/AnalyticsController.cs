using FluxStore.Management.Application.Analytics;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Revenue analytics, read from the revenue rollup (docs/decisions/0024-revenue-rollup.md).</summary>
/// <remarks>Served twice: <c>/api/v1/analytics</c> (<see cref="AnalyticsController"/>) and <c>/api/stores/{storeId}/analytics</c> (<c>StoreAnalyticsController</c>).</remarks>
public abstract class AnalyticsEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>
    /// Revenue per day, week (Monday to Sunday) or month of <c>from</c>..<c>to</c> (dates, <c>to</c> included, default
    /// the last 30 days) in <c>timeZone</c> (IANA, default UTC): gross, refunded (in the bucket of the refund), net,
    /// orders, new customers; the range's totals and its top 10 packages by net revenue. At most 2 years.
    /// </summary>
    [HttpGet("revenue")]
    public Task<ActionResult<ApiResponse<RevenueAnalyticsDto>>> Revenue([FromQuery] GetRevenueAnalyticsQuery query) => Send(query);
}

/// <summary>The Store API: the API key's store.</summary>
[Route("api/v1/analytics")]
public sealed class AnalyticsController(IMediator mediator) : AnalyticsEndpoints(mediator);
