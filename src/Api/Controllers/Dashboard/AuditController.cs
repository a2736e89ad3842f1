using FluxStore.Management.Application.Audit;
using FluxStore.Management.Application.Common.Models;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>A store's audit trail of sensitive reads and changes (Stores:View).</summary>
[Route(ApiSurfaces.Store + "/audit")]
public sealed class AuditController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Lists the store's audit trail, newest first.</summary>
    /// <remarks>Sensitive reads and changes (gift card codes revealed; invitations sent, answered or revoked). Paged with skip/take. Permission: Stores:View. Errors: 400 for invalid paging; 404 when the caller is not a member of the store.</remarks>
    [HttpGet]
    public Task<ActionResult<ApiResponse<PagedResult<AuditEntryDto>>>> List(Guid storeId, [FromQuery] ListAuditEntriesQuery query) =>
        Send(query with { StoreId = storeId });
}
