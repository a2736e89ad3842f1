using FluxStore.Management.Api.Controllers.Store;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>
/// The Store API's packages on the dashboard surface: the same actions, requests and DTOs, for a member of the store by
/// their permission set (no Pro gate; the per-user limit). See docs/decisions/0023-dashboard-store-routes.md.
/// </summary>
[Route(ApiSurfaces.Store + "/packages")]
public sealed class StorePackagesController(IMediator mediator) : PackagesEndpoints(mediator);
