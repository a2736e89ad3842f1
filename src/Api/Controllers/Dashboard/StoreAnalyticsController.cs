using FluxStore.Management.Api.Controllers.Store;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>
/// The Store API's revenue analytics on the dashboard surface, for a member with <c>Orders:View</c> (no Pro gate; the
/// per-user limit). See docs/decisions/0023-dashboard-store-routes.md.
/// </summary>
[Route("api/stores/{storeId:guid}/analytics")]
public sealed class StoreAnalyticsController(IMediator mediator) : AnalyticsEndpoints(mediator);
