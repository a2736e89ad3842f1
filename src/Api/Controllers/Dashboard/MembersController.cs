using FluxStore.Management.Application.Invitations;
using FluxStore.Management.Application.Members;

namespace FluxStore.Management.Api.Controllers.Dashboard;

[Route(ApiSurfaces.Store + "/members")]
public sealed class MembersController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<MemberDto>>>> List(Guid storeId) => Send(new ListMembersQuery(storeId));

    /// <summary>
    /// Invites an email address to the store (valid 7 days). Nobody is added until the account with that address accepts;
    /// the answer is the same whether or not such an account exists. Inviting an address again renews its invitation.
    /// </summary>
    [HttpPost]
    public Task<ActionResult<ApiResponse<InvitationDto>>> Invite(Guid storeId, InviteMemberCommand command) =>
        Send(command with { StoreId = storeId }, "Invitation sent: they become a member when they accept it.");

    [HttpDelete("{userId:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Remove(Guid storeId, Guid userId) =>
        SendNoContent(new RemoveMemberCommand(storeId, userId), "Member removed.");
}
