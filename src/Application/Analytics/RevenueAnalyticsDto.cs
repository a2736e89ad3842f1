namespace FluxStore.Management.Application.Analytics;

/// <summary>
/// Revenue over a range of days in one time zone. Money is in the store's currency; <c>net</c> is <c>gross</c> less
/// <c>refunded</c>, a refund counting in the bucket it was made in (not the order's).
/// </summary>
public sealed record RevenueAnalyticsDto
{
    public string Currency { get; init; } = string.Empty;

    /// <summary>One per day, week (Monday to Sunday) or calendar month of the range, empty ones included, oldest first.</summary>
    public IReadOnlyList<RevenueBucketDto> Buckets { get; init; } = [];

    public RevenueTotalsDto Totals { get; init; } = new();

    /// <summary>The 10 packages with the highest net revenue in the range.</summary>
    public IReadOnlyList<TopPackageDto> TopPackages { get; init; } = [];
}

public sealed record RevenueBucketDto
{
    /// <summary>
    /// Local midnight, with the zone's offset, of the bucket's first day: a Monday or the 1st of a month, except the
    /// first bucket, which starts at <c>from</c>.
    /// </summary>
    public DateTimeOffset Start { get; init; }

    public decimal Gross { get; init; }

    public decimal Refunded { get; init; }

    public decimal Net { get; init; }

    public long Orders { get; init; }

    /// <summary>Customers whose first order in the store was placed in the bucket.</summary>
    public long NewCustomers { get; init; }
}

public sealed record RevenueTotalsDto
{
    public decimal Gross { get; init; }

    public decimal Refunded { get; init; }

    public decimal Net { get; init; }

    public long Orders { get; init; }

    public long NewCustomers { get; init; }
}

public sealed record TopPackageDto
{
    public Guid PackageId { get; init; }

    /// <summary>The package's current name, or the name it was last sold under once deleted.</summary>
    public string PackageName { get; init; } = string.Empty;

    /// <summary>Its items' totals after the coupon share, less the refunds made in the range.</summary>
    public decimal Net { get; init; }

    /// <summary>Units sold less units refunded in the range.</summary>
    public long Units { get; init; }
}
