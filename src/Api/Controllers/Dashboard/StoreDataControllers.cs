using FluxStore.Management.Api.Controllers.Store;

namespace FluxStore.Management.Api.Controllers.Dashboard;

// The store's data on the dashboard surface: the Store API's actions (same requests, DTOs and shapes) under
// /api/stores/{storeId}/..., authorized by the signed-in user's membership of that store (owner: everything; other
// members: their permission set in the same areas). No Pro gate and no per-key limit; the per-user limit
// (DashboardRateLimitMiddleware) applies instead. The route's store reaches the handlers through ICallerContext.StoreId.
// Subscriptions are served by StoreSubscriptionsController. Decisions: docs/decisions/dashboard-store-routes.md.

[Route("api/stores/{storeId:guid}/bans")]
public sealed class StoreBansController(IMediator mediator) : BansEndpoints(mediator);

[Route("api/stores/{storeId:guid}/categories")]
public sealed class StoreCategoriesController(IMediator mediator) : CategoriesEndpoints(mediator);

[Route("api/stores/{storeId:guid}/coupons")]
public sealed class StoreCouponsController(IMediator mediator) : CouponsEndpoints(mediator);

[Route("api/stores/{storeId:guid}/customers")]
public sealed class StoreCustomersController(IMediator mediator) : CustomersEndpoints(mediator);

[Route("api/stores/{storeId:guid}/gift-cards")]
public sealed class StoreGiftCardsController(IMediator mediator) : GiftCardsEndpoints(mediator);

[Route("api/stores/{storeId:guid}/orders")]
public sealed class StoreOrdersController(IMediator mediator) : OrdersEndpoints(mediator);

[Route("api/stores/{storeId:guid}/packages")]
public sealed class StorePackagesController(IMediator mediator) : PackagesEndpoints(mediator);

[Route("api/stores/{storeId:guid}/sales")]
public sealed class StoreSalesController(IMediator mediator) : SalesEndpoints(mediator);
