namespace FluxStore.Management.Application.Packages;

public sealed record SubscriptionIntervalDto
{
    public int Value { get; init; }

    /// <summary>"day", "week", "month" or "year".</summary>
    public string Unit { get; init; } = string.Empty;
}
