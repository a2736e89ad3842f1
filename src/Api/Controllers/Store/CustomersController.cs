using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Customers;

namespace FluxStore.Management.Api.Controllers.Store;

/// <summary>Customers: read-only, derived from orders.</summary>
[Route("api/v1/customers")]
public sealed class CustomersController(IMediator mediator) : StoreApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<PagedResult<CustomerDto>>>> List([FromQuery] ListCustomersQuery query) => Send(query);

    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<CustomerDto>>> Get(Guid id) => Send(new GetCustomerQuery(id));
}
