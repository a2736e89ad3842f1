using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Subscriptions;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Subscriptions: read-only, created by orders of subscription packages.</summary>
[Route("api/v1/subscriptions")]
public sealed class SubscriptionsController(IMediator mediator) : StoreApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<PagedResult<SubscriptionDto>>>> List([FromQuery] ListSubscriptionsQuery query) => Send(query);

    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<SubscriptionDto>>> Get(Guid id) => Send(new GetSubscriptionQuery(id));
}
