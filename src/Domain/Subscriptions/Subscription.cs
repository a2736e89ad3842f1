using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Domain.Subscriptions;

/// <summary>Created by an order of a subscription package; read-only through the Store API.</summary>
public sealed class Subscription : Entity, IStoreOwned
{
    private Subscription()
    {
    }

    public Subscription(
        Guid storeId, Guid customerId, Guid orderId, string username, string? uuid,
        Guid packageId, string packageName, int intervalValue, IntervalUnit intervalUnit, DateTime now)
    {
        StoreId = storeId;
        CustomerId = customerId;
        OrderId = orderId;
        PlayerUsername = username;
        NormalizedUsername = username.Trim().ToUpperInvariant();
        PlayerUuid = uuid;
        PackageId = packageId;
        PackageName = packageName;
        Status = SubscriptionStatus.Active;
        StartedAt = now;
        CurrentPeriodEnd = PeriodEnd(now, intervalValue, intervalUnit);
    }

    public Guid StoreId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid OrderId { get; private set; }

    public string PlayerUsername { get; private set; } = string.Empty;

    public string NormalizedUsername { get; private set; } = string.Empty;

    public string? PlayerUuid { get; private set; }

    /// <summary>No foreign key: deleting the package keeps the subscription's history.</summary>
    public Guid PackageId { get; private set; }

    public string PackageName { get; private set; } = string.Empty;

    public SubscriptionStatus Status { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateTime CurrentPeriodEnd { get; private set; }

    /// <summary>The order item that bought it (null for subscriptions created before items were recorded).</summary>
    public Guid? OrderItemId { get; private set; }

    /// <summary>Links the subscription to the order item that bought it.</summary>
    public Subscription BoughtBy(Guid orderItemId)
    {
        OrderItemId = orderItemId;
        return this;
    }

    /// <summary>Ends an active subscription (a refund of the item that bought it); returns whether it changed.</summary>
    public bool Cancel()
    {
        if (Status != SubscriptionStatus.Active)
        {
            return false;
        }

        Status = SubscriptionStatus.Cancelled;
        return true;
    }

    public static DateTime PeriodEnd(DateTime start, int value, IntervalUnit unit)
    {
        if (value <= 0)
        {
            throw new DomainRuleException("A subscription interval must be positive.");
        }

        return unit switch
        {
            IntervalUnit.Day => start.AddDays(value),
            IntervalUnit.Week => start.AddDays(7 * value),
            IntervalUnit.Month => start.AddMonths(value),
            IntervalUnit.Year => start.AddYears(value),
            _ => throw new DomainRuleException($"Unknown interval unit {unit}."),
        };
    }
}
