using FluxStore.Management.Application.Packages;

namespace FluxStore.Management.Api.Controllers.Store;

/// <remarks>Served twice: <c>/api/v1/packages</c> (<see cref="PackagesController"/>) and <c>/api/stores/{storeId}/packages</c> (<c>StorePackagesController</c>).</remarks>
/// <summary>Packages: what the store sells, with the commands run on the game servers.</summary>
public abstract class PackagesEndpoints(IMediator mediator) : StoreApiControllerBase(mediator)
{
    /// <summary>Lists the store's packages.</summary>
    /// <remarks>Every package, in sort order (no paging), with its servers, commands and current sale price. Permission: Packages:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it.</remarks>
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<PackageDto>>>> List() => Send(new ListPackagesQuery());

    /// <summary>Gets one package.</summary>
    /// <remarks>Permission: Packages:View. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such package (another store's included).</remarks>
    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<PackageDto>>> Get(Guid id) => Send(new GetPackageQuery(id));

    /// <summary>Creates a package.</summary>
    /// <remarks>Raises package.created. Permission: Packages:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field; 404 for a referenced id the store does not have; 415 unless the body is application/json.</remarks>
    [HttpPost]
    public Task<ActionResult<ApiResponse<PackageDto>>> Create(CreatePackageCommand command) => Send(command);

    /// <summary>Updates a package: only the fields sent change.</summary>
    /// <remarks>Raises package.updated. Permission: Packages:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 naming every invalid field; 404 when the store has no such package; 415 unless the body is application/json.</remarks>
    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<PackageDto>>> Update(Guid id, UpdatePackageCommand command) =>
        Send(command with { Id = id });

    /// <summary>Deletes a package.</summary>
    /// <remarks>Raises package.deleted; past orders keep their items. Permission: Packages:Delete. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 404 when the store has no such package.</remarks>
    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid id) =>
        SendNoContent(new DeletePackageCommand(id), "Package deleted.");

    /// <summary>Sets the packages' display order.</summary>
    /// <remarks>The body lists package ids in the new order; the answer is the reordered list. Permission: Packages:Edit. On /api/v1 an API key with the permission (and a Pro store); on /api/stores/{storeId} a member of the store holding it. Errors: 400 for an id listed twice or not of the store; 415 unless the body is application/json.</remarks>
    [HttpPost("sort-order")]
    public Task<ActionResult<ApiResponse<IReadOnlyList<PackageDto>>>> SortOrder(SortPackagesCommand command) => Send(command);
}

/// <summary>The Store API (/api/v1, X-Api-Key): the API key's store, which needs an active Pro plan (403 otherwise).</summary>
[Route(ApiSurfaces.StoreApi + "/packages")]
public sealed class PackagesController(IMediator mediator) : PackagesEndpoints(mediator);
