using FluxStore.Management.Api.Controllers.Store;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>The Store API's events on the dashboard surface, for a member of the store by their permission set.</summary>
[Route(ApiSurfaces.Store + "/events")]
public sealed class StoreEventsController(IMediator mediator) : EventsEndpoints(mediator);
