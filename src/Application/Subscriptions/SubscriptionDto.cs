using System.Linq.Expressions;
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
    /// <summary>The one mapping of a subscription to its DTO: translated to SQL by queries, compiled for webhook payloads.</summary>
    private static readonly Expression<Func<Subscription, SubscriptionDto>> Projection = s => new SubscriptionDto
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
    };

    private static readonly Func<Subscription, SubscriptionDto> Compiled = Projection.Compile();

    public static IQueryable<SubscriptionDto> Project(IQueryable<Subscription> subscriptions) => subscriptions.Select(Projection);

    /// <summary>The same DTO for a subscription in memory (e.g. one not saved yet, for a webhook payload).</summary>
    public static SubscriptionDto From(Subscription subscription) => Compiled(subscription);
}
