namespace FluxStore.Management.Domain.Analytics;

/// <summary>
/// A package's net revenue and units in one quarter hour (<see cref="Span"/> 1) or one UTC day (<see cref="Span"/>
/// <see cref="RevenueSlot.PerDay"/>) of a store: the top packages of a range add the whole days inside it and the
/// quarter hours at its two ends, so a year reads about 365 rows per package, not 35,000. Written with
/// <see cref="RevenueSlot"/> in the same transaction.
/// </summary>
public sealed class PackageRevenueSlot
{
    public const short QuarterHour = 1;
    public const short Day = RevenueSlot.PerDay;

    private PackageRevenueSlot()
    {
    }

    public Guid StoreId { get; private set; }

    /// <summary>Slots per row: <see cref="QuarterHour"/> or <see cref="Day"/>.</summary>
    public short Span { get; private set; }

    /// <summary>Quarter hours (Span 1) or days (Span 96) since 1970-01-01T00:00Z.</summary>
    public int Slot { get; private set; }

    /// <summary>The package bought (no foreign key: it may be deleted later).</summary>
    public Guid PackageId { get; private set; }

    /// <summary>The package's name as last sold or refunded.</summary>
    public string PackageName { get; private set; } = string.Empty;

    /// <summary>Item totals less their share of the coupon, less the refunds made in the slot.</summary>
    public long NetCents { get; private set; }

    /// <summary>Units sold less units refunded in the slot.</summary>
    public int Units { get; private set; }
}
