namespace FluxStore.Management.Domain.Analytics;

/// <summary>
/// One quarter hour (UTC) of a store's revenue: the rollup that revenue analytics read instead of the orders. Written
/// by the persistence layer in the transaction of each order and refund (an atomic add per row), never by handlers.
/// See docs/decisions/0024-revenue-rollup.md.
/// </summary>
public sealed class RevenueSlot
{
    /// <summary>Minutes in one slot: every current IANA offset is a multiple of it, so any zone's day is whole slots.</summary>
    public const int Minutes = 15;

    /// <summary>Slots in one UTC day.</summary>
    public const int PerDay = 24 * 60 / Minutes;

    private RevenueSlot()
    {
    }

    public Guid StoreId { get; private set; }

    /// <summary>Quarter hours since 1970-01-01T00:00Z: the slot holds what happened in [Slot * 15 min, (Slot + 1) * 15 min).</summary>
    public int Slot { get; private set; }

    /// <summary>Totals of the orders placed in the slot (gift card part included).</summary>
    public long GrossCents { get; private set; }

    /// <summary>Refunds made in the slot, whatever slot their order was placed in.</summary>
    public long RefundedCents { get; private set; }

    public int Orders { get; private set; }

    /// <summary>Customers whose first order was placed in the slot.</summary>
    public int NewCustomers { get; private set; }

    /// <summary>The slot of an instant (UTC).</summary>
    public static int Of(DateTime utc)
    {
        var ticks = (utc - DateTime.UnixEpoch).Ticks;
        var per = TimeSpan.TicksPerMinute * Minutes;
        return (int)(ticks >= 0 ? ticks / per : ((ticks + 1) / per) - 1);
    }

    /// <summary>The instant a slot starts (UTC).</summary>
    public static DateTime StartOf(long slot) => DateTime.UnixEpoch.AddMinutes(slot * Minutes);
}
