namespace FluxStore.Management.Domain.Promotions;

public enum DiscountType
{
    /// <summary>A percentage of the eligible amount (0 &lt; v ≤ 100, two decimals).</summary>
    Percentage,

    /// <summary>A fixed amount of money off the eligible amount, capped at that amount.</summary>
    Fixed,
}
