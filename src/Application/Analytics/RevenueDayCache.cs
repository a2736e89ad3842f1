using System.Collections.Concurrent;

namespace FluxStore.Management.Application.Analytics;

/// <summary>
/// The revenue of local days that have closed, per store and time zone, kept by this instance. Exact, not a guess of
/// freshness: orders and refunds are stamped with the time they are made, so once a day ended more than
/// <see cref="Settle"/> ago (longer than any order's transaction) its rollup never changes again. A 365-day series
/// then reads today (and any day not seen yet) from the database, the rest from here. Bounded: past
/// <see cref="MaxDays"/> entries it starts over.
/// </summary>
public sealed class RevenueDayCache
{
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(15);

    public const int MaxDays = 200_000;

    private readonly ConcurrentDictionary<(Guid Store, string Zone, DateOnly Day), RevenueDay> _days = new();

    public bool TryGet(Guid storeId, string zone, DateOnly day, out RevenueDay totals) => _days.TryGetValue((storeId, zone, day), out totals!);

    public void Set(Guid storeId, string zone, DateOnly day, RevenueDay totals)
    {
        if (_days.Count >= MaxDays)
        {
            _days.Clear();
        }

        _days[(storeId, zone, day)] = totals;
    }
}

/// <summary>One local day's totals in cents.</summary>
public sealed record RevenueDay(long Gross, long Refunded, long Orders, long NewCustomers)
{
    public static readonly RevenueDay Zero = new(0, 0, 0, 0);

    public RevenueDay Add(RevenueDay other) =>
        new(Gross + other.Gross, Refunded + other.Refunded, Orders + other.Orders, NewCustomers + other.NewCustomers);
}
