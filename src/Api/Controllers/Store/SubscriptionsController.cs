using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Subscriptions;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Subscriptions: read-only, created and renewed by orders of subscription packages, ended by the sweeper.</summary>
/// <remarks>Served twice: <c>/api/v1/subscriptions</c> (<see cref="SubscriptionsController"/>) and <c>/api/stores/{storeId}/subscriptions</c> (<c>StoreSubscriptionsController</c>, which adds cancellation).</remarks>
public abstract class SubscriptionsEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Lists the store's subscriptions.</summary>
    /// <remarks>Subscriptions are started and renewed by orders of subscription packages and ended by the sweeper. Paged with skip/take ({items,total,skip,take}; includeTotal=false skips the count) or, with limit/after/before, with cursors ({items,hasMore,nextCursor,previousCursor}). Permission: Subscriptions:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 for an invalid filter, skip/take mixed with cursors, or a cursor from another list or store.</remarks>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<SubscriptionDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<SubscriptionDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListSubscriptionsQuery query) => SendList(query);

    /// <summary>Gets one subscription.</summary>
    /// <remarks>Permission: Subscriptions:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such subscription (another store's included).</remarks>
    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<SubscriptionDto>>> Get(Guid id) => Send(new GetSubscriptionQuery(id));
}

/// <summary>The Store API (/api/v1, X-Api-Key): the API key's store, which needs an active Pro plan (403 otherwise).</summary>
[Route(ApiSurfaces.StoreApi + "/subscriptions")]
public sealed class SubscriptionsController(IMediator mediator) : SubscriptionsEndpoints(mediator);
