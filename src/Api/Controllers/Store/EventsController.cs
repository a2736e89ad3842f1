using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Events;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Events: what the store raised in the last 30 days (the webhook bodies), whether or not an endpoint listens.</summary>
/// <remarks>Served twice: <c>/api/v1/events</c> (<see cref="EventsController"/>) and <c>/api/stores/{storeId}/events</c> (<c>StoreEventsController</c>).</remarks>
public abstract class EventsEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Lists the store's events of the last 30 days, newest first.</summary>
    /// <remarks>
    /// Cursor-paged: <c>limit</c> (1–100, default 20) with <c>after</c> or <c>before</c>, answered as
    /// <c>{items,hasMore,nextCursor,previousCursor}</c>. Each item is the body a webhook endpoint receives for the event.
    /// Filters: <c>type</c> (repeatable: an event type or an area wildcard such as <c>order.*</c>), <c>createdAfter</c>,
    /// <c>deliveryFailed=true</c> (events that at least one endpoint has not received after an attempt).
    /// Permission: any of <c>Orders:View</c> (shows <c>order.*</c> and <c>command.*</c>), <c>Subscriptions:View</c>
    /// (<c>subscription.*</c>), <c>Packages:View</c> (<c>package.*</c>); the caller sees only the types its permissions
    /// show. Errors: 400 for an unknown type, <c>skip</c>/<c>take</c> or a foreign cursor; 403 when a requested type
    /// needs a permission the caller lacks.
    /// </remarks>
    [HttpGet]
    public Task<ActionResult<ApiResponse<CursorPage<EventDto>>>> List([FromQuery] ListEventsQuery query) => Send(query);

    /// <summary>Gets one event of the last 30 days.</summary>
    /// <remarks>
    /// The same JSON a webhook endpoint receives for it: <c>{id,type,createdAt,storeId,data}</c>. Permission: the one
    /// that shows its type (<c>Orders:View</c>, <c>Subscriptions:View</c> or <c>Packages:View</c>). Errors: 404 when the
    /// store has no such event in the last 30 days; 403 when its type needs a permission the caller lacks.
    /// </remarks>
    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<EventDto>>> Get(Guid id) => Send(new GetEventQuery(id));
}

/// <summary>The Store API (/api/v1, X-Api-Key): the API key's store, which needs an active Pro plan (403 otherwise).</summary>
[Route(ApiSurfaces.StoreApi + "/events")]
public sealed class EventsController(IMediator mediator) : EventsEndpoints(mediator);
