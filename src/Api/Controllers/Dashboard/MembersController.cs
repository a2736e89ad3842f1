using FluxStore.Management.Application.Members;

namespace FluxStore.Management.Api.Controllers.Dashboard;

[Route("api/stores/{storeId:guid}/members")]
public sealed class MembersController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<MemberDto>>>> List(Guid storeId) => Send(new ListMembersQuery(storeId));

    [HttpPost]
    public Task<ActionResult<ApiResponse<MemberDto>>> Add(Guid storeId, AddMemberCommand command) =>
        Send(command with { StoreId = storeId });

    [HttpDelete("{userId:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Remove(Guid storeId, Guid userId) =>
        SendNoContent(new RemoveMemberCommand(storeId, userId), "Member removed.");
}
