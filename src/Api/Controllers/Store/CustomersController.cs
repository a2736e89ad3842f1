using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Customers;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Customers: read-only, derived from orders.</summary>
/// <remarks>Served twice: <c>/api/v1/customers</c> (<see cref="CustomersController"/>) and <c>/api/stores/{storeId}/customers</c> (<c>StoreCustomersController</c>).</remarks>
public abstract class CustomersEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Skip/take (<c>{items,total,skip,take}</c>) or, with <c>limit</c>/<c>after</c>/<c>before</c>, cursors (<c>{items,hasMore,nextCursor,previousCursor}</c>).</summary>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<CustomerDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<CustomerDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListCustomersQuery query) => SendList(query);

    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<CustomerDto>>> Get(Guid id) => Send(new GetCustomerQuery(id));
}

/// <summary>The Store API: the API key's store.</summary>
[Route(ApiSurfaces.StoreApi + "/customers")]
public sealed class CustomersController(IMediator mediator) : CustomersEndpoints(mediator);
