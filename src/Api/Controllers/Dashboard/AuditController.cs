using FluxStore.Management.Application.Audit;
using FluxStore.Management.Application.Common.Models;

namespace FluxStore.Management.Api.Controllers.Dashboard;

[Route(ApiSurfaces.Store + "/audit")]
public sealed class AuditController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<PagedResult<AuditEntryDto>>>> List(Guid storeId, [FromQuery] ListAuditEntriesQuery query) =>
        Send(query with { StoreId = storeId });
}
