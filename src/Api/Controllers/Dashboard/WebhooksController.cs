using FluxStore.Management.Api.Idempotency;
using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Webhooks;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>Signed webhooks of a store (<c>Stores:Edit</c>).</summary>
[Route(ApiSurfaces.Store + "/webhooks")]
public sealed class WebhooksController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Lists the store's webhook endpoints.</summary>
    /// <remarks>Never their secrets. Permission: Stores:Edit (a member of the store). Errors: 404 when the caller is not a member of the store.</remarks>
    [HttpGet]
    public Task<ActionResult<ApiResponse<IReadOnlyList<WebhookEndpointDto>>>> List(Guid storeId) =>
        Send(new ListWebhookEndpointsQuery(storeId));

    /// <summary>Creates a webhook endpoint.</summary>
    /// <remarks>The response carries its signing secret, shown this once. Permission: Stores:Edit. Errors: 400 for a URL that is not HTTPS or points at a private address, or an unknown event type; 404 when the caller is not a member of the store; 415 unless the body is application/json.</remarks>
    [HttpPost]
    [ResponseHoldsSecret]
    public Task<ActionResult<ApiResponse<WebhookEndpointCreatedDto>>> Create(Guid storeId, CreateWebhookEndpointCommand command) =>
        Send(command with { StoreId = storeId }, "Copy the signing secret now: it is shown once.");

    /// <summary>Gets one webhook endpoint.</summary>
    /// <remarks>Permission: Stores:Edit. Errors: 404 when the store has no such endpoint.</remarks>
    [HttpGet("{id:guid}")]
    public Task<ActionResult<ApiResponse<WebhookEndpointDto>>> Get(Guid storeId, Guid id) =>
        Send(new GetWebhookEndpointQuery(storeId, id));

    /// <summary>Updates a webhook endpoint: only the fields sent change.</summary>
    /// <remarks>Turning it on again clears what the circuit breaker left. Permission: Stores:Edit. Errors: 400 naming every invalid field; 404 when the store has no such endpoint; 415 unless the body is application/json.</remarks>
    [HttpPatch("{id:guid}")]
    public Task<ActionResult<ApiResponse<WebhookEndpointDto>>> Update(Guid storeId, Guid id, UpdateWebhookEndpointCommand command) =>
        Send(command with { StoreId = storeId, Id = id });

    /// <summary>Deletes a webhook endpoint and its deliveries.</summary>
    /// <remarks>Permission: Stores:Edit. Errors: 404 when the store has no such endpoint.</remarks>
    [HttpDelete("{id:guid}")]
    public Task<ActionResult<ApiResponse<object>>> Delete(Guid storeId, Guid id) =>
        SendNoContent(new DeleteWebhookEndpointCommand(storeId, id), "Webhook endpoint deleted.");

    /// <summary>Replaces a webhook endpoint's signing secret.</summary>
    /// <remarks>The new one is in the response, shown this once. Permission: Stores:Edit. Errors: 404 when the store has no such endpoint.</remarks>
    [HttpPost("{id:guid}/roll-secret")]
    [ResponseHoldsSecret]
    public Task<ActionResult<ApiResponse<WebhookEndpointCreatedDto>>> RollSecret(Guid storeId, Guid id) =>
        Send(new RollWebhookSecretCommand(storeId, id), "Copy the new signing secret now: deliveries are signed with it from now on.");

    /// <summary>Lists an endpoint's delivery attempts, newest first.</summary>
    /// <remarks>Status code, duration and error of each attempt. Paged with skip/take. Permission: Stores:Edit. Errors: 400 for invalid paging; 404 when the store has no such endpoint.</remarks>
    [HttpGet("{id:guid}/deliveries")]
    public Task<ActionResult<ApiResponse<PagedResult<WebhookDeliveryAttemptDto>>>> Deliveries(
        Guid storeId, Guid id, [FromQuery] WebhookDeliveriesPage page) =>
        Send(new ListWebhookDeliveriesQuery { StoreId = storeId, Id = id, Skip = page.Skip, Take = page.Take });

    /// <summary>Sends a delivery's event to the endpoint again.</summary>
    /// <remarks>Same event id and body, as a new delivery with its own retries; counts against the store's manual-send limit. Permission: Stores:Edit. Errors: 404 when the endpoint has no such delivery; 429 past the manual-send limit.</remarks>
    [HttpPost("{id:guid}/deliveries/{deliveryId:guid}/resend")]
    public Task<ActionResult<ApiResponse<WebhookDeliveryQueuedDto>>> Resend(Guid storeId, Guid id, Guid deliveryId) =>
        Send(new ResendWebhookDeliveryCommand(storeId, id, deliveryId), "Delivery queued.");

    /// <summary>Sends a webhook.test event to this endpoint only.</summary>
    /// <remarks>Counts against the store's manual-send limit. Permission: Stores:Edit. Errors: 404 when the store has no such endpoint; 429 past the manual-send limit.</remarks>
    [HttpPost("{id:guid}/test")]
    public Task<ActionResult<ApiResponse<WebhookDeliveryQueuedDto>>> Test(Guid storeId, Guid id) =>
        Send(new SendTestWebhookCommand(storeId, id), "Test event queued.");
}
