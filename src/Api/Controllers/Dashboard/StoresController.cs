using FluxStore.Management.Application.ApiKeys;
using FluxStore.Management.Application.Members;
using FluxStore.Management.Application.Servers;
using FluxStore.Management.Application.Stores;

namespace FluxStore.Management.Api.Controllers.Dashboard;

[Route("api/stores")]
public sealed class StoresController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<StoreDto>>>> List() => Send(new ListMyStoresQuery());

    [HttpPost]
    public Task<ActionResult<ApiResponse<StoreDto>>> Create(CreateStoreCommand command) => Send(command);

    [HttpGet("{storeId:guid}")]
    public Task<ActionResult<ApiResponse<StoreDto>>> Get(Guid storeId) => Send(new GetStoreQuery(storeId));
}

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

[Route("api/stores/{storeId:guid}/api-keys")]
public sealed class ApiKeysController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<ApiKeyDto>>>> List(Guid storeId) => Send(new ListApiKeysQuery(storeId));

    [HttpPost]
    public Task<ActionResult<ApiResponse<ApiKeyCreatedDto>>> Create(Guid storeId, CreateApiKeyCommand command) =>
        Send(command with { StoreId = storeId }, "Copy the key now: it is shown once and cannot be recovered.");

    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<ApiKeyDto>>> Revoke(Guid storeId, Guid id) =>
        Send(new RevokeApiKeyCommand(storeId, id), "API key revoked.");

    [HttpPost("{id:guid}/regenerate")]
    public Task<ActionResult<ApiResponse<ApiKeyCreatedDto>>> Regenerate(Guid storeId, Guid id) =>
        Send(new RegenerateApiKeyCommand(storeId, id), "Copy the new key now: the old key no longer works.");
}

[Route("api/stores/{storeId:guid}/servers")]
public sealed class ServersController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<GameServerDto>>>> List(Guid storeId) => Send(new ListServersQuery(storeId));

    [HttpPost]
    public Task<ActionResult<ApiResponse<GameServerCreatedDto>>> Create(Guid storeId, CreateServerCommand command) =>
        Send(command with { StoreId = storeId }, "Copy the server key now: it is shown once.");

    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid storeId, Guid id) =>
        SendNoContent(new DeleteServerCommand(storeId, id), "Server deleted.");

    [HttpPost("{id:guid}/regenerate-key")]
    public Task<ActionResult<ApiResponse<GameServerCreatedDto>>> RegenerateKey(Guid storeId, Guid id) =>
        Send(new RegenerateServerKeyCommand(storeId, id), "Copy the new server key now: the old one no longer works.");
}
