using FluxStore.Management.Application.Audit;
using FluxStore.Management.Application.Common.Models;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>The store's audit trail: every write through the Store API and the dashboard, and sensitive reads (Stores:View).</summary>
[Route(ApiSurfaces.Store + "/audit")]
public sealed class AuditController(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Lists the store's audit trail, newest first.</summary>
    /// <remarks>Every write (actor: the member or the API key, by id and name) and sensitive reads (gift card codes revealed). Skip/take, or cursors with limit/after/before; filters actorUserId, actorApiKeyId, targetType, targetId. Permission: Stores:View. Errors: 400 for invalid paging or filters; 404 when the caller is not a member of the store.</remarks>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<AuditEntryDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<AuditEntryDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List(Guid storeId, [FromQuery] ListAuditEntriesQuery query) => SendList(query with { StoreId = storeId });
}
