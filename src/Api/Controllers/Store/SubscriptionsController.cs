using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Subscriptions;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Subscriptions: read-only, created and renewed by orders of subscription packages, ended by the sweeper.</summary>
/// <remarks>Served twice: <c>/api/v1/subscriptions</c> (<see cref="SubscriptionsController"/>) and <c>/api/stores/{storeId}/subscriptions</c> (<c>StoreSubscriptionsController</c>, which adds cancellation).</remarks>
public abstract class SubscriptionsEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Skip/take (<c>{items,total,skip,take}</c>) or, with <c>limit</c>/<c>after</c>/<c>before</c>, cursors (<c>{items,hasMore,nextCursor,previousCursor}</c>).</summary>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<SubscriptionDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<SubscriptionDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListSubscriptionsQuery query) => SendList(query);

    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<SubscriptionDto>>> Get(Guid id) => Send(new GetSubscriptionQuery(id));
}

/// <summary>The Store API: the API key's store.</summary>
[Route(ApiSurfaces.StoreApi + "/subscriptions")]
public sealed class SubscriptionsController(IMediator mediator) : SubscriptionsEndpoints(mediator);
