using FluxStore.Management.Api.Controllers.Store;
using FluxStore.Management.Application.Subscriptions;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>A store's subscriptions on the dashboard: the Store API's list and detail (Subscriptions View), and cancellation (Stores Edit).</summary>
[Route(ApiSurfaces.Store + "/subscriptions")]
public sealed class StoreSubscriptionsController(IMediator mediator) : SubscriptionsEndpoints(mediator)
{
    /// <summary>Cancels a subscription now or at the end of its period.</summary>
    /// <remarks>{atPeriodEnd:false} ends it now (its expiry commands are queued, subscription.cancelled raised); {atPeriodEnd:true} lets it run until its period and grace end. Permission: Stores:Edit (a member of the store). Errors: 400 when the subscription is no longer active; 404 when the store has no such subscription; 415 unless the body is application/json.</remarks>
    [HttpPost("{id:guid}/cancel")]
    public Task<ActionResult<ApiResponse<SubscriptionDto>>> Cancel(Guid storeId, Guid id, CancelSubscriptionCommand command) =>
        Send(command with { StoreId = storeId, Id = id });
}
