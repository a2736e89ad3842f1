using FluxStore.Management.Application.Invitations;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>The store's unanswered invitations (<c>Stores:Edit</c>). Invitations are sent with <c>POST …/members</c>.</summary>
[Route(ApiSurfaces.Store + "/invitations")]
public sealed class StoreInvitationsController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Lists the store's unanswered invitations.</summary>
    /// <remarks>Permission: Stores:Edit (a member of the store). Errors: 404 when the caller is not a member of the store.</remarks>
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<InvitationDto>>>> List(Guid storeId) =>
        Send(new ListStoreInvitationsQuery(storeId));

    /// <summary>Revokes an unanswered invitation.</summary>
    /// <remarks>Permission: Stores:Edit. Errors: 404 when the store has no such invitation.</remarks>
    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Revoke(Guid storeId, Guid id) =>
        SendNoContent(new RevokeInvitationCommand(storeId, id), "Invitation revoked.");
}
