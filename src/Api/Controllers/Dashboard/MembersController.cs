using FluxStore.Management.Application.Invitations;
using FluxStore.Management.Application.Members;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>A store's members and invitations to join it.</summary>
[Route(ApiSurfaces.Store + "/members")]
public sealed class MembersController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Lists the store's members and their permissions.</summary>
    /// <remarks>Permission: Stores:View (a member of the store). Errors: 404 when the caller is not a member of the store.</remarks>
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<MemberDto>>>> List(Guid storeId) => Send(new ListMembersQuery(storeId));

    /// <summary>Invites an email address to the store.</summary>
    /// <remarks>Valid 7 days. Nobody is added until the account with that address accepts; the answer is the same whether or not such an account exists. Permission: Stores:Edit. Errors: 400 for an invalid email or an unknown permission; 404 when the caller is not a member of the store; 415 unless the body is application/json.</remarks>
    [HttpPost]
    public Task<ActionResult<ApiResponse<InvitationDto>>> Invite(Guid storeId, InviteMemberCommand command) =>
        Send(command with { StoreId = storeId }, "Invitation sent: they become a member when they accept it.");

    /// <summary>Removes a member from the store.</summary>
    /// <remarks>Permission: Stores:Edit. Errors: 400 for the owner (who cannot be removed); 404 when the store has no such member.</remarks>
    [HttpDelete("{userId:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Remove(Guid storeId, Guid userId) =>
        SendNoContent(new RemoveMemberCommand(storeId, userId), "Member removed.");
}
