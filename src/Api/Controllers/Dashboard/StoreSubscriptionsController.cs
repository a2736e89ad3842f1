using FluxStore.Management.Api.Controllers.Store;
using FluxStore.Management.Application.Subscriptions;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>A store's subscriptions on the dashboard: the Store API's list and detail (Subscriptions View), and cancellation (Stores Edit).</summary>
[Route(ApiSurfaces.Store + "/subscriptions")]
public sealed class StoreSubscriptionsController(IMediator mediator) : SubscriptionsEndpoints(mediator)
{
    /// <summary><c>{atPeriodEnd:false}</c> ends it now (expiry commands queued); <c>{atPeriodEnd:true}</c> when its period and grace end.</summary>
    [HttpPost("{id:guid}/cancel")]
    public Task<ActionResult<ApiResponse<SubscriptionDto>>> Cancel(Guid storeId, Guid id, CancelSubscriptionCommand command) =>
        Send(command with { StoreId = storeId, Id = id });
}
