using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Sales;

namespace FluxStore.Management.Api.Controllers.Store;

/// <remarks>Served twice: <c>/api/v1/sales</c> (<see cref="SalesController"/>) and <c>/api/stores/{storeId}/sales</c> (<c>StoreSalesController</c>).</remarks>
/// <summary>Sales: time-limited discounts on packages and categories.</summary>
public abstract class SalesEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Lists the store's sales.</summary>
    /// <remarks>Paged with skip/take ({items,total,skip,take}; includeTotal=false skips the count) or, with limit/after/before, with cursors ({items,hasMore,nextCursor,previousCursor}). Permission: Sales:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 for an invalid filter, skip/take mixed with cursors, or a cursor from another list or store.</remarks>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<SaleDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<SaleDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List([FromQuery] ListSalesQuery query) => SendList(query);

    /// <summary>Gets one sale.</summary>
    /// <remarks>Permission: Sales:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such sale (another store's included).</remarks>
    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<SaleDto>>> Get(Guid id) => Send(new GetSaleQuery(id));

    /// <summary>Creates a sale.</summary>
    /// <remarks>Permission: Sales:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field; 404 for a referenced id the store does not have; 415 unless the body is application/json.</remarks>
    [HttpPost]
    public Task<ActionResult<ApiResponse<SaleDto>>> Create(CreateSaleCommand command) => Send(command);

    /// <summary>Updates a sale: only the fields sent change.</summary>
    /// <remarks>Permission: Sales:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field; 404 when the store has no such sale; 415 unless the body is application/json.</remarks>
    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<SaleDto>>> Update(Guid id, UpdateSaleCommand command) =>
        Send(command with { Id = id });

    /// <summary>Deletes a sale.</summary>
    /// <remarks>Permission: Sales:Delete. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such sale.</remarks>
    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid id) =>
        SendNoContent(new DeleteSaleCommand(id), "Sale deleted.");
}

/// <summary>The Store API (/api/v1, X-Api-Key): the API key's store, which needs an active Pro plan (403 otherwise).</summary>
[Route(ApiSurfaces.StoreApi + "/sales")]
public sealed class SalesController(IMediator mediator) : SalesEndpoints(mediator);
