using FluxStore.Management.Application.Analytics;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Revenue analytics, read from the revenue rollup (docs/decisions/0025-revenue-rollup.md).</summary>
/// <remarks>Served twice: <c>/api/v1/analytics</c> (<see cref="AnalyticsController"/>) and <c>/api/stores/{storeId}/analytics</c> (<c>StoreAnalyticsController</c>).</remarks>
public abstract class AnalyticsEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Revenue over time: gross, refunded, net, orders and new customers per bucket, totals and top packages.</summary>
    /// <remarks>Buckets by day, week (Monday to Sunday) or month of from..to (dates, to included, default the last 30 days) in timeZone (IANA, default UTC); a refund counts in the bucket of the refund; top 10 packages by net revenue for the range. Read from a per-store rollup kept with every order and refund. Permission: Orders:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 for an unknown time zone or interval, from after to, or a range of 2 years or more.</remarks>
    [HttpGet("revenue")]
    public Task<ActionResult<ApiResponse<RevenueAnalyticsDto>>> Revenue([FromQuery] GetRevenueAnalyticsQuery query) => Send(query);
}

/// <summary>The Store API: the API key's store.</summary>
[Route(ApiSurfaces.StoreApi + "/analytics")]
public sealed class AnalyticsController(IMediator mediator) : AnalyticsEndpoints(mediator);
