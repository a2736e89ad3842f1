using FluxStore.Management.Application.Invitations;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>The store's unanswered invitations (<c>Stores:Edit</c>). Invitations are sent with <c>POST …/members</c>.</summary>
[Route(ApiSurfaces.Store + "/invitations")]
public sealed class StoreInvitationsController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<InvitationDto>>>> List(Guid storeId) =>
        Send(new ListStoreInvitationsQuery(storeId));

    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Revoke(Guid storeId, Guid id) =>
        SendNoContent(new RevokeInvitationCommand(storeId, id), "Invitation revoked.");
}
