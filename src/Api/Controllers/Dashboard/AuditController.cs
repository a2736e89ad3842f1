using FluxStore.Management.Application.Audit;
using FluxStore.Management.Application.Common.Models;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>The store's audit trail (every write through the Store API and the dashboard), for a member with <c>Stores:View</c>.</summary>
[Route("api/stores/{storeId:guid}/audit")]
public sealed class AuditController(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>
    /// Newest first. Skip/take (<c>{items,total,skip,take}</c>) or, with <c>limit</c>/<c>after</c>/<c>before</c>, cursors
    /// (<c>{items,hasMore,nextCursor,previousCursor}</c>); filters <c>actorUserId</c>, <c>actorApiKeyId</c>,
    /// <c>targetType</c>, <c>targetId</c>.
    /// </summary>
    [HttpGet]
    [ProducesResponseType(typeof(ApiResponse<PagedResult<AuditEntryDto>>), StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(ApiResponse<CursorPage<AuditEntryDto>>), StatusCodes.Status200OK)]
    public Task<IActionResult> List(Guid storeId, [FromQuery] ListAuditEntriesQuery query) => SendList(query with { StoreId = storeId });
}
