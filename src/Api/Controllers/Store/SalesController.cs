using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Sales;

namespace FluxStore.Management.Api.Controllers.Store;

/// <remarks>Served twice: <c>/api/v1/sales</c> (<see cref="SalesController"/>) and <c>/api/stores/{storeId}/sales</c> (<c>StoreSalesController</c>).</remarks>
public abstract class SalesEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Skip/take (<c>{items,total,skip,take}</c>) or, with <c>limit</c>/<c>after</c>/<c>before</c>, cursors (<c>{items,hasMore,nextCursor,previousCursor}</c>).</summary>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<SaleDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<SaleDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListSalesQuery query) => SendList(query);

    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<SaleDto>>> Get(Guid id) => Send(new GetSaleQuery(id));

    [HttpPost]
    public Task<ActionResult<ApiResponse<SaleDto>>> Create(CreateSaleCommand command) => Send(command);

    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<SaleDto>>> Update(Guid id, UpdateSaleCommand command) =>
        Send(command with { Id = id });

    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid id) =>
        SendNoContent(new DeleteSaleCommand(id), "Sale deleted.");
}

/// <summary>The Store API: the API key's store.</summary>
[Route(ApiSurfaces.StoreApi + "/sales")]
public sealed class SalesController(IMediator mediator) : SalesEndpoints(mediator);
