using FluxStore.Management.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FluxStore.Management.Api.IntegrationTests.Idempotency.IdempotencyKeyTests;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Idempotency;

/// <summary>
/// Time and idempotency keys, on a clock the test moves: a response is kept for 24 hours, a running request's lock
/// ends after <c>LockTimeout</c> (a crashed request does not block its key forever), dead rows are pruned.
/// </summary>
public sealed class IdempotencyExpiryTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:Idempotency:PruneInterval"] = "00:00:00.200",
        ["FluxStore:Idempotency:LockTimeout"] = "00:02:00",
    };

    /// <summary>
    /// The base class put the clock back to the real time. The pruner runs every 200 ms; one that read the previous
    /// test's advanced clock must finish before this test writes, or it deletes this test's live rows: two passes
    /// finished after the reset mean one started after it.
    /// </summary>
    [SetUp]
    public async Task WaitForAPrunerPassAsync() => await NextPrunerPassesAsync();

    [Test]
    public async Task AResponseShouldBeReplayedFor24HoursAndNotAfter()
    {
        var setup = await NewStoreWithKeyAsync();
        var body = new { name = "Ranks" };
        await DataAsync<JsonElement>(await PostAsync(setup.Api, "/api/v1/categories", body, "daily"));

        _clock.Advance(TimeSpan.FromHours(23.9));
        (await PostAsync(setup.Api, "/api/v1/categories", body, "daily")).Headers.GetValues(Replayed).Should().Equal("true");

        _clock.Advance(TimeSpan.FromHours(0.2));
        var afterADay = await PostAsync(setup.Api, "/api/v1/categories", body, "daily");
        afterADay.StatusCode.Should().Be(HttpStatusCode.OK);
        afterADay.Headers.Contains(Replayed).Should().BeFalse("after 24 hours the key is free and the request runs");
        (await DataAsync<JsonElement>(await setup.Api.GetAsync("/api/v1/categories"))).GetArrayLength().Should().Be(2);
    }

    [Test]
    public async Task ARunningRequestShouldHoldItsKeyOnlyUntilTheLockTimeout()
    {
        var setup = await NewStoreWithKeyAsync();
        var name = $"stale-{Guid.NewGuid():N}";
        var probe = IdempotencyProbeController.For(name);
        var first = PostAsync(setup.Api, "/api/v1/test-only/idempotency/hold", new { name }, "stuck");
        await probe.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        _clock.Advance(TimeSpan.FromMinutes(1));
        await ReadErrorAsync(await PostAsync(setup.Api, "/api/v1/test-only/idempotency/hold", new { name }, "stuck"), HttpStatusCode.Conflict);

        // As if the first request's process had died: past the lock the key is taken over and the request runs.
        _clock.Advance(TimeSpan.FromMinutes(1.5));
        var takeover = await PostAsync(setup.Api, "/api/v1/test-only/idempotency/hold", new { name }, "stuck");
        takeover.Headers.Contains(Replayed).Should().BeFalse();
        (await DataAsync<JsonElement>(takeover)).GetProperty("run").GetInt32().Should().Be(2);

        // The old request finishing late does not overwrite the new owner's response.
        probe.Release.SetResult();
        (await DataAsync<JsonElement>(await first)).GetProperty("run").GetInt32().Should().Be(1);
        var replay = await PostAsync(setup.Api, "/api/v1/test-only/idempotency/hold", new { name }, "stuck");
        replay.Headers.GetValues(Replayed).Should().Equal("true");
        (await DataAsync<JsonElement>(replay)).GetProperty("run").GetInt32().Should().Be(2);
    }

    [Test]
    public async Task ExpiredRowsShouldBePrunedInTheBackground()
    {
        var setup = await NewStoreWithKeyAsync();
        await DataAsync<JsonElement>(await PostAsync(setup.Api, "/api/v1/categories", new { name = "Ranks" }, "old"));
        (await RowsAsync()).Should().Be(1);
        await NextPrunerPassesAsync();
        (await RowsAsync()).Should().Be(1, "a live row is kept");

        _clock.Advance(TimeSpan.FromHours(25));
        (await Eventually.Until(async () => await RowsAsync() == 0, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(100)))
            .Should().BeTrue("an expired row is pruned");
    }

    private async Task NextPrunerPassesAsync()
    {
        var pruner = Factory.Services.GetRequiredService<IdempotencyPruner>();
        (await Eventually.AfterNextPass(() => pruner.CompletedPasses, TimeSpan.FromSeconds(10))).Should().BeTrue("the pruner runs every 200 ms");
    }

    private async Task<int> RowsAsync()
    {
        var rows = 0;
        await WithDbAsync(async db => rows = await db.IdempotencyRecords.CountAsync());
        return rows;
    }
}
