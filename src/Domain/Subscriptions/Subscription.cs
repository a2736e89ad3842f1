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
        GraceEndsAt = CurrentPeriodEnd;
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

    /// <summary>
    /// When the sweeper ends this subscription unless it is renewed first: <see cref="CurrentPeriodEnd"/> plus the
    /// store's grace period (kept in step when either changes; indexed with <see cref="Status"/> for the sweeper).
    /// </summary>
    public DateTime GraceEndsAt { get; private set; }

    /// <summary>Cancelled "at period end": stays active until <see cref="GraceEndsAt"/>, then the sweeper cancels it.</summary>
    public bool CancelAtPeriodEnd { get; private set; }

    /// <summary>When it was expired or cancelled; null while active.</summary>
    public DateTime? EndedAt { get; private set; }

    /// <summary>How many orders have renewed it.</summary>
    public int RenewalCount { get; private set; }

    /// <summary>The order item that bought it (null for subscriptions created before items were recorded).</summary>
    public Guid? OrderItemId { get; private set; }

    /// <summary>Links the subscription to the order item that bought it.</summary>
    public Subscription BoughtBy(Guid orderItemId)
    {
        OrderItemId = orderItemId;
        return this;
    }

    /// <summary>Ends an active subscription (a refund of the item that bought it); returns whether it changed.</summary>
    public bool Cancel(DateTime now)
    {
        if (Status != SubscriptionStatus.Active)
        {
            return false;
        }

        Status = SubscriptionStatus.Cancelled;
        EndedAt = now;
        return true;
    }

    /// <summary>Sets the grace period (store setting, hours) after the current period end.</summary>
    public Subscription WithGracePeriod(int graceHours)
    {
        GraceEndsAt = CurrentPeriodEnd.AddHours(graceHours);
        return this;
    }

    /// <summary>
    /// A renewal order: the period moves forward from its current end (not from now) by one interval per unit of
    /// <paramref name="quantity"/>; a pending cancellation at period end is withdrawn.
    /// </summary>
    public void Renew(int intervalValue, IntervalUnit intervalUnit, int quantity, int graceHours)
    {
        if (Status != SubscriptionStatus.Active)
        {
            throw new DomainRuleException("Only an active subscription can be renewed.");
        }

        CurrentPeriodEnd = PeriodEnd(CurrentPeriodEnd, intervalValue * Math.Max(1, quantity), intervalUnit);
        GraceEndsAt = CurrentPeriodEnd.AddHours(graceHours);
        CancelAtPeriodEnd = false;
        RenewalCount++;
    }

    /// <summary>The state after the sweeper ended it (as written by its conditional update).</summary>
    public void EndedBySweeper(DateTime now)
    {
        Status = CancelAtPeriodEnd ? SubscriptionStatus.Cancelled : SubscriptionStatus.Expired;
        EndedAt = now;
    }

    /// <summary>The state after a cancellation now (as written by its conditional update).</summary>
    public void CancelledNow(DateTime now)
    {
        Status = SubscriptionStatus.Cancelled;
        EndedAt = now;
    }

    public void MarkCancelAtPeriodEnd() => CancelAtPeriodEnd = true;

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
