using System.Text.Json.Serialization;

namespace FluxStore.Management.Application.Subscriptions;

/// <summary>
/// Dashboard: <c>POST /api/stores/{storeId}/subscriptions/{id}/cancel</c> <c>{atPeriodEnd}</c>. <c>false</c>: cancelled
/// now, the package's expiry commands queued, <c>subscription.cancelled</c> raised. <c>true</c>: stays active with
/// <c>cancelAtPeriodEnd</c>; the sweeper ends it when its period (and grace) ends. An ended subscription → 400.
/// </summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record CancelSubscriptionCommand : IRequest<SubscriptionDto>, IStoreRequest
{
    [JsonIgnore]
    public Guid StoreId { get; init; }

    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>Required: true ends it when its period (and grace) ends, false ends it now.</summary>
    public bool? AtPeriodEnd { get; init; }
}

public sealed class CancelSubscriptionCommandValidator : AbstractValidator<CancelSubscriptionCommand>
{
    public CancelSubscriptionCommandValidator() =>
        RuleFor(x => x.AtPeriodEnd).NotNull().WithMessage("'atPeriodEnd' is required: true (at the end of the period) or false (now).");
}

public sealed class CancelSubscriptionCommandHandler(SubscriptionLifecycle lifecycle, TimeProvider clock)
    : IRequestHandler<CancelSubscriptionCommand, SubscriptionDto>
{
    public Task<SubscriptionDto> Handle(CancelSubscriptionCommand request, CancellationToken cancellationToken) =>
        lifecycle.CancelAsync(request.StoreId, request.Id, request.AtPeriodEnd!.Value, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
