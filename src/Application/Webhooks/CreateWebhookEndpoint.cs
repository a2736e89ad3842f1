using FluxStore.Management.Application.Common;
using Microsoft.Extensions.Options;
using System.Text.Json.Serialization;
using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Webhooks;

/// <summary><c>POST /api/stores/{storeId}/webhooks</c>: the signing secret is in the response this once.</summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record CreateWebhookEndpointCommand : IRequest<WebhookEndpointCreatedDto>, IStoreRequest
{
    [JsonIgnore]
    public Guid StoreId { get; init; }

    /// <summary>Absolute <c>https</c> URL (plain <c>http</c> only when private targets are allowed).</summary>
    public string? Url { get; init; }

    /// <summary>Event types to receive, e.g. <c>["order.created"]</c>.</summary>
    public IReadOnlyList<string>? Events { get; init; }

    public bool IsActive { get; init; } = true;
}

public sealed class CreateWebhookEndpointCommandValidator : AbstractValidator<CreateWebhookEndpointCommand>
{
    public CreateWebhookEndpointCommandValidator(IWebhookTargetRules targets)
    {
        RuleFor(x => x.Url).WebhookUrl(targets);
        RuleFor(x => x.Events).WebhookEvents();
    }
}

public sealed class CreateWebhookEndpointCommandHandler(
    IApplicationDbContext db, ISecretHasher secrets, IWebhookSecretProtector protector, TimeProvider clock, IMapper mapper,
    IOptions<StoreLimitsOptions> limits)
    : IRequestHandler<CreateWebhookEndpointCommand, WebhookEndpointCreatedDto>
{
    public async Task<WebhookEndpointCreatedDto> Handle(CreateWebhookEndpointCommand request, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreLimits.LockStoreAsync(db, request.StoreId, cancellationToken);
        StoreLimits.Check(
            await db.WebhookEndpoints.CountAsync(e => e.StoreId == request.StoreId, cancellationToken), limits.Value.WebhookEndpointsPerStore,
            "A store can have", "webhook endpoints", nameof(StoreLimitsOptions.WebhookEndpointsPerStore), "delete one first.");

        var secret = WebhookRules.NewSecret(secrets);
        var endpoint = new WebhookEndpoint(
            request.StoreId, request.Url!.Trim(), request.Events!, request.IsActive, protector.Protect(secret), clock.GetUtcNow().UtcDateTime);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return mapper.Map<WebhookEndpointCreatedDto>(endpoint) with { Secret = secret };
    }
}
