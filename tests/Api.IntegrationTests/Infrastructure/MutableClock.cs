namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A clock the test moves by hand (rate-limit windows, expiry), starting at the real time (whole milliseconds).
/// Thread-safe: the API's requests and background loops read it while a test moves it. <see cref="ApiTestBase"/>
/// puts it back to the real time before every test.
/// </summary>
public sealed class MutableClock : TimeProvider
{
    private long _ticks = RealNow().UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);

    /// <summary>Back to the real time, as a new clock starts.</summary>
    public void Reset() => Set(RealNow());

    private static DateTimeOffset RealNow() => DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
}
