using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Customers;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Customers: read-only, derived from orders.</summary>
/// <remarks>Served twice: <c>/api/v1/customers</c> (<see cref="CustomersController"/>) and <c>/api/stores/{storeId}/customers</c> (<c>StoreCustomersController</c>).</remarks>
public abstract class CustomersEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Lists the store's customers.</summary>
    /// <remarks>Customers are derived from orders (one per player). Paged with skip/take ({items,total,skip,take}; includeTotal=false skips the count) or, with limit/after/before, with cursors ({items,hasMore,nextCursor,previousCursor}). Permission: Customers:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 for an invalid filter, skip/take mixed with cursors, or a cursor from another list or store.</remarks>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<CustomerDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<CustomerDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListCustomersQuery query) => SendList(query);

    /// <summary>Gets one customer.</summary>
    /// <remarks>Permission: Customers:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such customer (another store's included).</remarks>
    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<CustomerDto>>> Get(Guid id) => Send(new GetCustomerQuery(id));
}

/// <summary>The Store API (/api/v1, X-Api-Key): the API key's store, which needs an active Pro plan (403 otherwise).</summary>
[Route(ApiSurfaces.StoreApi + "/customers")]
public sealed class CustomersController(IMediator mediator) : CustomersEndpoints(mediator);
