using FluxStore.Management.Infrastructure.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.RateLimiting;

/// <summary>
/// <c>FluxStore:RateLimit:Store = Database</c>: two API instances over one database share one exact limit,
/// also under concurrent requests.
/// </summary>
public sealed class DatabaseRateLimitTests(string provider) : TwoInstanceTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:Store"] = "Database",
        ["FluxStore:RateLimit:PermitLimit"] = "30",
        ["FluxStore:RateLimit:WindowSeconds"] = "60",
        ["FluxStore:RateLimit:InvalidKeyPermitLimit"] = "5",
    };

    [Test]
    public async Task TwoInstancesShouldShareOneLimit()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = Second.CreateClient();
        other.DefaultRequestHeaders.Add("X-Api-Key", setup.Key.Key);

        for (var i = 1; i <= 30; i++)
        {
            var response = await (i % 2 == 0 ? other : setup.Api).GetAsync("/api/v1/packages");
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"request {i} is within the shared limit");
            response.Headers.GetValues("X-RateLimit-Remaining").Single().Should().Be((30 - i).ToString());
        }

        await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/packages"), HttpStatusCode.TooManyRequests);
        await ReadErrorAsync(await other.GetAsync("/api/v1/packages"), HttpStatusCode.TooManyRequests);

        _clock.Advance(TimeSpan.FromSeconds(60));
        (await other.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task ConcurrentRequestsShouldNeverOvershoot()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = Second.CreateClient();
        other.DefaultRequestHeaders.Add("X-Api-Key", setup.Key.Key);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => (i % 2 == 0 ? setup.Api : other).GetAsync("/api/v1/categories")));

        var statuses = string.Join(", ", responses.GroupBy(r => (int)r.StatusCode).Select(g => $"{g.Key}×{g.Count()}"));
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(30, "statuses were {0}", statuses);
        responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).Should().Be(20);
        responses.Where(r => r.StatusCode == HttpStatusCode.OK)
            .Select(r => r.Headers.GetValues("X-RateLimit-Remaining").Single())
            .Should().OnlyHaveUniqueItems("each counted request saw its own count");
    }

    [Test]
    public async Task BadKeysShouldBeThrottledAcrossInstances()
    {
        var setup = await NewStoreWithKeyAsync();
        var guess = $"flx_{setup.Store.Id:N}_{new string('Z', 32)}";
        var first = WithKey(guess);
        var second = Second.CreateClient();
        second.DefaultRequestHeaders.Add("X-Api-Key", guess);

        for (var i = 0; i < 5; i++)
        {
            await ReadErrorAsync(await (i % 2 == 0 ? first : second).GetAsync("/api/v1/packages"), HttpStatusCode.Unauthorized);
        }

        await ReadErrorAsync(await second.GetAsync("/api/v1/packages"), HttpStatusCode.TooManyRequests);
        _clock.Advance(TimeSpan.FromSeconds(60));
    }

    [Test]
    public async Task ALateRequestFromThePreviousWindowShouldNotResetTheCurrentCount()
    {
        var setup = await NewStoreWithKeyAsync();
        var current = FixedWindow.At(_clock.GetUtcNow(), TimeSpan.FromSeconds(60)).Start + TimeSpan.FromSeconds(60);
        _clock.Set(current + TimeSpan.FromSeconds(30));
        for (var i = 1; i <= 5; i++)
        {
            (await setup.Api.GetAsync("/api/v1/packages")).Headers.GetValues("X-RateLimit-Remaining").Single().Should().Be((30 - i).ToString());
        }

        // A request that read the clock just before the window turned and reaches the database after the five above.
        _clock.Set(current - TimeSpan.FromSeconds(1));
        (await setup.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);

        _clock.Set(current + TimeSpan.FromSeconds(31));
        var next = await setup.Api.GetAsync("/api/v1/packages");
        next.Headers.GetValues("X-RateLimit-Remaining").Single().Should().Be("24", "the late request neither reset nor joined the current window's count");
    }
}
