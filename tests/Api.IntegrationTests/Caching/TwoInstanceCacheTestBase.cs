namespace FluxStore.Management.Api.IntegrationTests.Caching;

/// <summary>
/// Two API instances over one database, each with its own host and a shared test clock, for the caches' promises:
/// a change is read at once on the instance that made it and within 2 s on the other.
/// </summary>
public abstract class TwoInstanceCacheTestBase(string provider) : TwoInstanceTestBase(provider)
{
    protected MutableClock TestClock { get; } = new();

    protected override TimeProvider? Clock => TestClock;

    protected override bool OwnsHost => true;

    /// <summary>A test polls one key every 25 ms for up to 3 s (up to 120 requests) until the other instance sees a change.</summary>
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:PermitLimit"] = "1000",
    };
}
