using FluxStore.Management.Application.Packages;

namespace FluxStore.Management.Api.IntegrationTests.RateLimiting;

/// <summary>The spec's limit (30 per key per fixed minute) on a frozen clock, so no window can roll over mid-test.</summary>
public sealed class RateLimitTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:PermitLimit"] = "30",
        ["FluxStore:RateLimit:WindowSeconds"] = "60",
        ["FluxStore:RateLimit:InvalidKeyPermitLimit"] = "5",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
    };

    [Test]
    public async Task ThirtyRequestsShouldPassAndTheThirtyFirstShouldBe429()
    {
        var setup = await NewStoreWithKeyAsync();
        var windowEnd = WindowEnd();

        for (var i = 1; i <= 30; i++)
        {
            var response = await setup.Api.GetAsync("/api/v1/packages");
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"request {i} is within the limit");
            Header(response, "X-RateLimit-Limit").Should().Be("30");
            Header(response, "X-RateLimit-Remaining").Should().Be((30 - i).ToString());
            Header(response, "X-RateLimit-Reset").Should().Be(windowEnd.ToUnixTimeSeconds().ToString());
        }

        var limited = await setup.Api.GetAsync("/api/v1/packages");
        var error = await ReadErrorAsync(limited, HttpStatusCode.TooManyRequests);
        error.Message.Should().Contain("Rate limit");
        Header(limited, "X-RateLimit-Remaining").Should().Be("0");
        var retryAfter = int.Parse(Header(limited, "Retry-After")!);
        retryAfter.Should().BeInRange(1, 60);

        // A new window starts afresh, for the same key.
        _clock.Advance(TimeSpan.FromSeconds(retryAfter));
        var next = await setup.Api.GetAsync("/api/v1/packages");
        next.StatusCode.Should().Be(HttpStatusCode.OK);
        Header(next, "X-RateLimit-Remaining").Should().Be("29");
    }

    [Test]
    public async Task HeadersShouldBeOnErrorResponsesToo()
    {
        var setup = await NewStoreWithKeyAsync(new Dictionary<string, string[]> { ["Packages"] = ["View", "Edit"] });

        var forbidden = await setup.Api.GetAsync("/api/v1/categories");
        await ReadErrorAsync(forbidden, HttpStatusCode.Forbidden);
        Header(forbidden, "X-RateLimit-Remaining").Should().Be("29");

        var notFound = await setup.Api.GetAsync($"/api/v1/packages/{Guid.NewGuid()}");
        await ReadErrorAsync(notFound, HttpStatusCode.NotFound);
        Header(notFound, "X-RateLimit-Remaining").Should().Be("28");

        var invalid = await setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = "", price = -1 });
        await ReadErrorAsync(invalid, HttpStatusCode.BadRequest);
        Header(invalid, "X-RateLimit-Remaining").Should().Be("27");
        Header(invalid, "X-RateLimit-Limit").Should().Be("30");
        Header(invalid, "X-RateLimit-Reset").Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task KeysShouldBeCountedSeparately()
    {
        var first = await NewStoreWithKeyAsync();
        var second = WithKey((await NewKeyAsync(first.Owner, first.Store.Id)).Key);
        for (var i = 0; i < 30; i++)
        {
            (await first.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await first.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var other = await second.GetAsync("/api/v1/packages");
        other.StatusCode.Should().Be(HttpStatusCode.OK);
        Header(other, "X-RateLimit-Remaining").Should().Be("29");
    }

    [Test]
    public async Task RequestsWithBadKeysShouldBeThrottledPerAddressWithoutLockingOutGoodKeys()
    {
        var setup = await NewStoreWithKeyAsync();
        (await setup.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);
        var neverUsed = WithKey((await NewKeyAsync(setup.Owner, setup.Store.Id)).Key);
        var guesser = WithKey($"flx_{setup.Store.Id:N}_{new string('A', 32)}");

        for (var i = 0; i < 5; i++)
        {
            var response = await guesser.GetAsync("/api/v1/packages");
            await ReadErrorAsync(response, HttpStatusCode.Unauthorized);
            response.Headers.Contains("X-RateLimit-Remaining").Should().BeFalse("only valid keys get the key's counters");
        }

        var throttled = await guesser.GetAsync("/api/v1/packages");
        await ReadErrorAsync(throttled, HttpStatusCode.TooManyRequests);
        throttled.Headers.Contains("Retry-After").Should().BeTrue();
        await ReadErrorAsync(await Anonymous().GetAsync("/api/v1/packages"), HttpStatusCode.TooManyRequests);

        // Good keys from the same address, used before or not, are served all along: only failures are throttled.
        for (var i = 0; i < 3; i++)
        {
            (await setup.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await neverUsed.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        // A refusal for the address costs no database query (the key is never looked up).
        var before = Factory.Logs.Lines.Count(IsDbCommand);
        for (var i = 0; i < 5; i++)
        {
            await ReadErrorAsync(await WithKey($"flx_{setup.Store.Id:N}_{Guid.NewGuid():N}").GetAsync("/api/v1/packages"), HttpStatusCode.TooManyRequests);
        }

        Factory.Logs.Lines.Count(IsDbCommand).Should().Be(before);

        _clock.Advance(TimeSpan.FromSeconds(60));
        await ReadErrorAsync(await guesser.GetAsync("/api/v1/packages"), HttpStatusCode.Unauthorized);
    }

    // Only key lookups: background loops (change watcher, sweepers, pruners) query the database on their own schedule.
    private static bool IsDbCommand(string line) =>
        line.Contains("Executed DbCommand", StringComparison.Ordinal) && line.Contains("api_keys", StringComparison.Ordinal);

    [Test]
    public async Task LastUsedAtShouldBeRecordedAtMostOncePerMinute()
    {
        var setup = await NewStoreWithKeyAsync();
        (await setup.Api.GetAsync("/api/v1/packages")).EnsureSuccessStatusCode();
        var first = await LastUsedAtAsync(setup);
        first.Should().BeCloseTo(_clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(1));

        _clock.Advance(TimeSpan.FromSeconds(30));
        (await setup.Api.GetAsync("/api/v1/packages")).EnsureSuccessStatusCode();
        (await LastUsedAtAsync(setup)).Should().Be(first, "a second use within the minute is not written");

        _clock.Advance(TimeSpan.FromSeconds(31));
        (await setup.Api.GetAsync("/api/v1/packages")).EnsureSuccessStatusCode();
        (await LastUsedAtAsync(setup)).Should().BeAfter(first!.Value.AddSeconds(60));
    }

    private async Task<DateTime?> LastUsedAtAsync(StoreSetup setup)
    {
        var keys = await ReadAsync<List<FluxStore.Management.Application.ApiKeys.ApiKeyDto>>(
            await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/api-keys"));
        return keys.Single(k => k.Id == setup.Key.Id).LastUsedAt;
    }

    private DateTimeOffset WindowEnd() => RateLimitTestKit.WindowEnd(_clock);

    private static string? Header(HttpResponseMessage response, string name) => RateLimitTestKit.Header(response, name);
}
