namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>A clock the test moves by hand (rate-limit windows, expiry), starting at the real time.</summary>
public sealed class MutableClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;
}
