namespace FluxStore.Management.Domain.Common;

/// <summary>
/// Money travels as a decimal with at most two places and is stored as integer minor units (cents),
/// so sums and sorting are exact on every database.
/// </summary>
public static class Money
{
    /// <summary>The largest amount accepted anywhere in the API (10 million in major units).</summary>
    public const decimal MaxAmount = 10_000_000m;

    public static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, 2) == value;

    public static bool IsValidAmount(decimal value) =>
        value >= 0 && value <= MaxAmount && HasAtMostTwoDecimals(value);

    public static long ToCents(decimal value)
    {
        if (!IsValidAmount(value))
        {
            throw new DomainRuleException($"Amount {value} must be between 0 and {MaxAmount} with at most two decimal places.");
        }

        return (long)(value * 100m);
    }

    public static decimal FromCents(long cents) => cents / 100m;
}
