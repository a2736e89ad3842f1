using FluxStore.Management.Domain.Subscriptions;

namespace FluxStore.Management.Application.Subscriptions;

public sealed record SubscriptionDto
{
    public Guid Id { get; init; }

    public string PlayerUsername { get; init; } = string.Empty;

    public string? PlayerUuid { get; init; }

    public Guid PackageId { get; init; }

    public string PackageName { get; init; } = string.Empty;

    public Guid OrderId { get; init; }

    /// <summary>"Active", "Cancelled" or "Expired".</summary>
    public string Status { get; init; } = string.Empty;

    public DateTime StartedAt { get; init; }

    public DateTime CurrentPeriodEnd { get; init; }
}

internal static class SubscriptionQueries
{
    public static IQueryable<SubscriptionDto> Project(IQueryable<Subscription> subscriptions) =>
        subscriptions.Select(s => new SubscriptionDto
        {
            Id = s.Id,
            PlayerUsername = s.PlayerUsername,
            PlayerUuid = s.PlayerUuid,
            PackageId = s.PackageId,
            PackageName = s.PackageName,
            OrderId = s.OrderId,
            Status = s.Status.ToString(),
            StartedAt = s.StartedAt,
            CurrentPeriodEnd = s.CurrentPeriodEnd,
        });
}
