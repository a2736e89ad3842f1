using FluxStore.Management.Api.Idempotency;
using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Webhooks;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>Signed webhooks of a store (<c>Stores:Edit</c>).</summary>
[Route(ApiSurfaces.Store + "/webhooks")]
public sealed class WebhooksController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<WebhookEndpointDto>>>> List(Guid storeId) =>
        Send(new ListWebhookEndpointsQuery(storeId));

    /// <summary>Creates an endpoint; the response carries its signing secret, shown this once.</summary>
    [HttpPost]
    [ResponseHoldsSecret]
    public Task<ActionResult<ApiResponse<WebhookEndpointCreatedDto>>> Create(Guid storeId, CreateWebhookEndpointCommand command) =>
        Send(command with { StoreId = storeId }, "Copy the signing secret now: it is shown once.");

    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<WebhookEndpointDto>>> Get(Guid storeId, Guid id) =>
        Send(new GetWebhookEndpointQuery(storeId, id));

    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<WebhookEndpointDto>>> Update(Guid storeId, Guid id, UpdateWebhookEndpointCommand command) =>
        Send(command with { StoreId = storeId, Id = id });

    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid storeId, Guid id) =>
        SendNoContent(new DeleteWebhookEndpointCommand(storeId, id), "Webhook endpoint deleted.");

    /// <summary>Replaces the signing secret; the new one is in the response, shown this once.</summary>
    [HttpPost("{id:guid}/roll-secret")]
    [ResponseHoldsSecret]
    public Task<ActionResult<ApiResponse<WebhookEndpointCreatedDto>>> RollSecret(Guid storeId, Guid id) =>
        Send(new RollWebhookSecretCommand(storeId, id), "Copy the new signing secret now: deliveries are signed with it from now on.");

    /// <summary>Delivery attempts, newest first.</summary>
    [HttpGet("{id:guid}/deliveries")]
    public Task<ActionResult<ApiResponse<PagedResult<WebhookDeliveryAttemptDto>>>> Deliveries(
        Guid storeId, Guid id, [FromQuery] WebhookDeliveriesPage page) =>
        Send(new ListWebhookDeliveriesQuery { StoreId = storeId, Id = id, Skip = page.Skip, Take = page.Take });

    /// <summary>Queues the delivery's event (same id and body) to the endpoint again.</summary>
    [HttpPost("{id:guid}/deliveries/{deliveryId:guid}/resend")]
    public Task<ActionResult<ApiResponse<WebhookDeliveryQueuedDto>>> Resend(Guid storeId, Guid id, Guid deliveryId) =>
        Send(new ResendWebhookDeliveryCommand(storeId, id, deliveryId), "Delivery queued.");

    /// <summary>Queues a <c>webhook.test</c> event to this endpoint only.</summary>
    [HttpPost("{id:guid}/test")]
    public Task<ActionResult<ApiResponse<WebhookDeliveryQueuedDto>>> Test(Guid storeId, Guid id) =>
        Send(new SendTestWebhookCommand(storeId, id), "Test event queued.");
}
