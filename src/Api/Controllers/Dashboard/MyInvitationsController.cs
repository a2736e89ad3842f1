using FluxStore.Management.Application.Invitations;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>The signed-in user's invitations: those addressed to the email of their account.</summary>
[Route(ApiSurfaces.Auth + "/invitations")]
public sealed class MyInvitationsController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<InvitationDto>>>> List() => Send(new ListMyInvitationsQuery());

    [HttpPost("{id:guid}/accept")]
    public Task<ActionResult<ApiResponse<InvitationDto>>> Accept(Guid id) =>
        Send(new AcceptInvitationCommand(id), "Welcome: you are now a member of the store.");

    [HttpPost("{id:guid}/decline")]
    public Task<ActionResult<ApiResponse<InvitationDto>>> Decline(Guid id) =>
        Send(new DeclineInvitationCommand(id), "Invitation declined.");
}
