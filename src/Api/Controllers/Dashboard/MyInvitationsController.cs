using FluxStore.Management.Application.Invitations;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>The signed-in user's invitations: those addressed to the email of their account.</summary>
[Route(ApiSurfaces.Auth + "/invitations")]
public sealed class MyInvitationsController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Lists the signed-in user's pending invitations.</summary>
    /// <remarks>Those addressed to the email of their account. Permission: any signed-in user.</remarks>
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<InvitationDto>>>> List() => Send(new ListMyInvitationsQuery());

    /// <summary>Accepts an invitation: the user becomes a member with its permissions.</summary>
    /// <remarks>Permission: the signed-in user the invitation is addressed to. Errors: 400 when it expired or was answered; 404 when there is no such invitation for this user.</remarks>
    [HttpPost("{id:guid}/accept")]
    public Task<ActionResult<ApiResponse<InvitationDto>>> Accept(Guid id) =>
        Send(new AcceptInvitationCommand(id), "Welcome: you are now a member of the store.");

    /// <summary>Declines an invitation.</summary>
    /// <remarks>Permission: the signed-in user the invitation is addressed to. Errors: 400 when it expired or was answered; 404 when there is no such invitation for this user.</remarks>
    [HttpPost("{id:guid}/decline")]
    public Task<ActionResult<ApiResponse<InvitationDto>>> Decline(Guid id) =>
        Send(new DeclineInvitationCommand(id), "Invitation declined.");
}
