using System.Text.Json.Serialization;
using FluxStore.Management.Application.Common.Validation;

namespace FluxStore.Management.Application.Webhooks;

/// <summary>
/// <c>PATCH /api/stores/{storeId}/webhooks/{id}</c>: absent fields stay as they are. <c>isActive: true</c> also
/// re-enables an endpoint the circuit breaker turned off (clears <c>disabledReason</c>, <c>disabledAt</c> and the
/// failure count).
/// </summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record UpdateWebhookEndpointCommand : IRequest<WebhookEndpointDto>, IStoreRequest
{
    [JsonIgnore]
    public Guid StoreId { get; init; }

    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string?> Url { get; init; }

    public Optional<IReadOnlyList<string>?> Events { get; init; }

    public Optional<bool?> IsActive { get; init; }
}

public sealed class UpdateWebhookEndpointCommandValidator : AbstractValidator<UpdateWebhookEndpointCommand>
{
    public UpdateWebhookEndpointCommandValidator(IWebhookTargetRules targets)
    {
        this.WhenSet(x => x.Url, r => r.WebhookUrl(targets));
        this.WhenSet(x => x.Events, r => r.WebhookEvents());
        this.WhenSet(x => x.IsActive, r => r.NotNull());
    }
}

public sealed class UpdateWebhookEndpointCommandHandler(IApplicationDbContext db, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateWebhookEndpointCommand, WebhookEndpointDto>
{
    public async Task<WebhookEndpointDto> Handle(UpdateWebhookEndpointCommand request, CancellationToken cancellationToken)
    {
        var endpoint = await WebhookRules.FindAsync(db, request.StoreId, request.Id, cancellationToken);
        if (request.Url.IsSet) endpoint.Url = request.Url.Value!.Trim();
        if (request.Events.IsSet) endpoint.SetEvents(request.Events.Value!);
        if (request.IsActive.IsSet) endpoint.SetActive(request.IsActive.Value!.Value);
        endpoint.Touch(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<WebhookEndpointDto>(endpoint);
    }
}
