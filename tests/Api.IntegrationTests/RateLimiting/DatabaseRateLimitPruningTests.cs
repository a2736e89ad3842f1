using FluxStore.Management.Infrastructure.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.RateLimiting;

/// <summary>
/// <c>FluxStore:RateLimit:Store = Database</c>: counter rows of windows long gone are deleted in the background (its own
/// API instance: the pruner runs every second here, which the other rate-limit fixtures need not share).
/// </summary>
public sealed class DatabaseRateLimitPruningTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:Store"] = "Database",
        ["FluxStore:RateLimit:PruneIntervalSeconds"] = "1",
    };

    [Test]
    public async Task CountersOlderThanTwoWindowsShouldBePrunedInTheBackground()
    {
        var started = _clock.GetUtcNow();
        try
        {
            var stale = await NewStoreWithKeyAsync();
            (await stale.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);
            var staleStarts = await Factory.WithDbAsync(db => db.RateLimitCounters.AsNoTracking().Select(c => c.WindowStart).ToListAsync());
            staleStarts.Should().NotBeEmpty();
            var newestStale = staleStarts.Max();

            // Two of the longest window (the failed-login window, 900 s) and a bit later, a new key counts its first request.
            _clock.Advance(TimeSpan.FromSeconds((2 * 900) + 60));
            var fresh = await NewStoreWithKeyAsync();
            (await fresh.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);

            var remaining = await Eventually.Until(
                () => Factory.WithDbAsync(db => db.RateLimitCounters.AsNoTracking().Select(c => c.WindowStart).ToListAsync()),
                starts => !starts.Any(start => start <= newestStale),
                TimeSpan.FromSeconds(15),
                TimeSpan.FromMilliseconds(200));

            remaining.Should().NotContain(start => start <= newestStale, "rows older than two windows are pruned within a few prune intervals");
            remaining.Should().NotBeEmpty("the current window's counters stay");
        }

        finally
        {
            _clock.Set(started);
        }
    }
}
