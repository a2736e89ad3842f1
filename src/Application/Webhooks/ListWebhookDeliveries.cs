using FluxStore.Management.Application.Common.Validation;

namespace FluxStore.Management.Application.Webhooks;

/// <summary><c>GET /api/stores/{storeId}/webhooks/{id}/deliveries?skip&amp;take</c>: every attempt, newest first.</summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record ListWebhookDeliveriesQuery : PagedQuery, IRequest<PagedResult<WebhookDeliveryAttemptDto>>, IStoreRequest
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid StoreId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }
}

/// <summary>The list's query string (<c>skip</c>, <c>take</c>); the store and endpoint come from the route.</summary>
public sealed record WebhookDeliveriesPage : PagedQuery;

public sealed class ListWebhookDeliveriesQueryValidator : AbstractValidator<ListWebhookDeliveriesQuery>
{
    public ListWebhookDeliveriesQueryValidator() => this.AddPagingRules();
}

public sealed class ListWebhookDeliveriesQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListWebhookDeliveriesQuery, PagedResult<WebhookDeliveryAttemptDto>>
{
    public async Task<PagedResult<WebhookDeliveryAttemptDto>> Handle(ListWebhookDeliveriesQuery request, CancellationToken cancellationToken)
    {
        if (!await db.WebhookEndpoints.AnyAsync(e => e.Id == request.Id && e.StoreId == request.StoreId, cancellationToken))
        {
            throw new NotFoundException("Webhook endpoint");
        }

        // By hand: each attempt is joined to its delivery (for the status) without a navigation: no single source type.
        var attempts =
            from a in db.WebhookDeliveryAttempts.AsNoTracking()
            join d in db.WebhookDeliveries on a.DeliveryId equals d.Id
            where a.EndpointId == request.Id && a.StoreId == request.StoreId
            orderby a.AttemptedAt descending, a.Id descending
            select new WebhookDeliveryAttemptDto
            {
                Id = a.Id,
                DeliveryId = a.DeliveryId,
                EventId = a.EventId,
                EventType = a.EventType,
                Attempt = a.Attempt,
                StatusCode = a.StatusCode,
                DurationMs = a.DurationMs,
                Succeeded = a.Succeeded,
                Error = a.Error,
                DeliveryStatus = d.Status.ToString(),
                AttemptedAt = a.AttemptedAt,
            };
        return await attempts.ToPagedResultAsync(request, cancellationToken);
    }
}
