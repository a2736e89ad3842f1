using Microsoft.EntityFrameworkCore;
using FluxStore.Management.Application.ApiKeys;

namespace FluxStore.Management.Api.IntegrationTests.Caching;

/// <summary>
/// The authenticated-key cache (README "Performance", docs/decisions/0019-credential-cache.md) keeps every promise of the
/// uncached read, with two API instances over one database: a revoked, regenerated or expired key and a lapsed or
/// downgraded plan are refused on the very next request on the instance that made the change, and within 2 s on the
/// other one. Each test first warms both instances' caches with successful requests.
/// </summary>
public sealed class CredentialCacheTests(string provider) : TwoInstanceCacheTestBase(provider)
{
    [Test]
    public async Task RevokedKeyShouldBeRefusedAtOnceHereAndWithinTwoSecondsThere()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = OnSecond(setup.Key.Key);
        await WarmAsync(setup.Api, other);

        (await setup.Owner.Client.DeleteAsync($"/api/stores/{setup.Store.Id}/api-keys/{setup.Key.Id}")).IsSuccessStatusCode.Should().BeTrue();

        (await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/categories"), HttpStatusCode.Unauthorized)).Message.Should().Contain("revoked");
        await ShouldAnswerWithinPromiseAsync(other, "/api/v1/categories", HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task RegeneratedKeyShouldRetireTheOldSecretOnBothInstances()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = OnSecond(setup.Key.Key);
        await WarmAsync(setup.Api, other);

        // The change is made on the second instance this time.
        var owner = Second.CreateClient();
        owner.DefaultRequestHeaders.Authorization = setup.Owner.Client.DefaultRequestHeaders.Authorization;
        var regenerated = await ReadAsync<ApiKeyCreatedDto>(
            await owner.PostAsync($"/api/stores/{setup.Store.Id}/api-keys/{setup.Key.Id}/regenerate", null));

        await ReadErrorAsync(await other.GetAsync("/api/v1/categories"), HttpStatusCode.Unauthorized);
        await ShouldAnswerWithinPromiseAsync(setup.Api, "/api/v1/categories", HttpStatusCode.Unauthorized);
        (await WithKey(regenerated.Key).GetAsync("/api/v1/categories")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await OnSecond(regenerated.Key).GetAsync("/api/v1/categories")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task KeyExpiryShouldBeJudgedOnEveryRequestFromTheCachedValue()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var key = await NewKeyAsync(owner, store.Id, expiresAt: TestClock.GetUtcNow().UtcDateTime.AddMinutes(10));
        var here = WithKey(key.Key);
        var other = OnSecond(key.Key);
        await WarmAsync(here, other);

        TestClock.Advance(TimeSpan.FromMinutes(11));

        (await ReadErrorAsync(await here.GetAsync("/api/v1/categories"), HttpStatusCode.Unauthorized)).Message.Should().Contain("expired");
        (await ReadErrorAsync(await other.GetAsync("/api/v1/categories"), HttpStatusCode.Unauthorized)).Message.Should().Contain("expired");
    }

    [Test]
    public async Task DowngradedPlanShouldBeRefusedAtOnceHereAndWithinTwoSecondsThere()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = OnSecond(setup.Key.Key);
        await WarmAsync(setup.Api, other);

        await SetPlanAsync(setup.Store.Id, "Free", null);

        await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/categories"), HttpStatusCode.Forbidden);
        await ShouldAnswerWithinPromiseAsync(other, "/api/v1/categories", HttpStatusCode.Forbidden);

        // And back: an upgrade is seen as promptly.
        await SetPlanAsync(setup.Store.Id, "Pro", null);
        (await setup.Api.GetAsync("/api/v1/categories")).StatusCode.Should().Be(HttpStatusCode.OK);
        await ShouldAnswerWithinPromiseAsync(other, "/api/v1/categories", HttpStatusCode.OK);
    }

    [Test]
    public async Task LapsedPlanShouldBeJudgedOnEveryRequestFromTheCachedValue()
    {
        var setup = await NewStoreWithKeyAsync();
        await SetPlanAsync(setup.Store.Id, "Pro", TestClock.GetUtcNow().UtcDateTime.AddMinutes(10));
        var other = OnSecond(setup.Key.Key);
        await WarmAsync(setup.Api, other);

        TestClock.Advance(TimeSpan.FromMinutes(11));

        await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/categories"), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await other.GetAsync("/api/v1/categories"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task WritesShouldBeReadAtOnceHereAndWithinTwoSecondsThere()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = OnSecond(setup.Key.Key);
        await WarmAsync(setup.Api, other);

        (await setup.Api.PostAsJsonAsync("/api/v1/categories", new { name = "Ranks" })).IsSuccessStatusCode.Should().BeTrue();

        (await ReadAsync<List<JsonElement>>(await setup.Api.GetAsync("/api/v1/categories"))).Should().ContainSingle();
        var seen = await ShouldSeeWithinPromiseAsync(
            async () => await ReadAsync<List<JsonElement>>(await other.GetAsync("/api/v1/categories")), list => list.Count > 0);
        seen.Should().ContainSingle();
    }

    [Test]
    public async Task ALostListenerShouldNeverServeAStaleKey()
    {
        if (Provider != "Postgres")
        {
            Assert.Ignore("PostgreSQL's LISTEN connection; SQLite polls.");
        }

        var setup = await NewStoreWithKeyAsync();
        var other = OnSecond(setup.Key.Key);
        await WarmAsync(setup.Api, other);

        // Both instances' listeners lose their connection; the key is revoked while they reconnect.
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = {0} AND datname = current_database()",
            FluxStore.Management.Infrastructure.Caching.StoreChangeWatcher.ApplicationName));
        (await setup.Owner.Client.DeleteAsync($"/api/stores/{setup.Store.Id}/api-keys/{setup.Key.Id}")).IsSuccessStatusCode.Should().BeTrue();

        await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/categories"), HttpStatusCode.Unauthorized);
        await ShouldAnswerWithinPromiseAsync(other, "/api/v1/categories", HttpStatusCode.Unauthorized);
    }

    private HttpClient OnSecond(string apiKey)
    {
        var client = Second.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    private static async Task WarmAsync(params HttpClient[] clients)
    {
        foreach (var client in clients)
        {
            for (var i = 0; i < 2; i++)
            {
                (await client.GetAsync("/api/v1/categories")).StatusCode.Should().Be(HttpStatusCode.OK);
            }
        }
    }
}
