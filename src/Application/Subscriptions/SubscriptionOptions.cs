using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Application.Subscriptions;

/// <summary><c>FluxStore:Subscriptions:*</c>: the sweeper that ends subscriptions, validated at start-up.</summary>
public sealed class SubscriptionOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Subscriptions";

    /// <summary>How often each API instance looks for subscriptions past their period end (plus the store's grace).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Subscriptions read per query while sweeping; each is still ended in its own transaction.</summary>
    public int SweepBatchSize { get; set; } = 500;

    public IEnumerable<string> Problems()
    {
        if (SweepInterval < TimeSpan.FromMilliseconds(10) || SweepInterval > TimeSpan.FromDays(1))
            yield return $"{Section}:SweepInterval must be between 00:00:00.010 and 1.00:00:00.";
        if (SweepBatchSize is < 1 or > 10_000)
            yield return $"{Section}:SweepBatchSize must be between 1 and 10000.";
    }
}
