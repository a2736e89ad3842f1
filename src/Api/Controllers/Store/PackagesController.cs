using FluxStore.Management.Application.Packages;

namespace FluxStore.Management.Api.Controllers.Store;

/// <remarks>Served twice: <c>/api/v1/packages</c> (<see cref="PackagesController"/>) and <c>/api/stores/{storeId}/packages</c> (<c>StorePackagesController</c>).</remarks>
public abstract class PackagesEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<PackageDto>>>> List() => Send(new ListPackagesQuery());

    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<PackageDto>>> Get(Guid id) => Send(new GetPackageQuery(id));

    [HttpPost]
    public Task<ActionResult<ApiResponse<PackageDto>>> Create(CreatePackageCommand command) => Send(command);

    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<PackageDto>>> Update(Guid id, UpdatePackageCommand command) =>
        Send(command with { Id = id });

    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid id) =>
        SendNoContent(new DeletePackageCommand(id), "Package deleted.");

    [HttpPost("sort-order")]
    public Task<ActionResult<ApiResponse<IReadOnlyList<PackageDto>>>> SortOrder(SortPackagesCommand command) => Send(command);
}

/// <summary>The Store API: the API key's store.</summary>
[Route(ApiSurfaces.StoreApi + "/packages")]
public sealed class PackagesController(IMediator mediator) : PackagesEndpoints(mediator);
