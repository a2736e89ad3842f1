using FluxStore.Management.Application.ApiKeys;
using FluxStore.Management.Application.Servers;

namespace FluxStore.Management.Api.IntegrationTests.Security;

/// <summary>
/// An address throttled for bad credentials (docs/decisions/0012-throttling.md) is refused unread, except for valid
/// credentials — including those created, regenerated or revoked after it was throttled: at once on the instance that
/// made the change, within 2 s on another one. The same rule holds for server keys on the plugin API. Frozen clock,
/// so no rate-limit window ends mid-test; two instances over one database, each with its own in-memory counters.
/// </summary>
public sealed class ThrottledAddressKeyTests(string provider) : TwoInstanceTestBase(provider)
{
    private const int Limit = 3;
    private static int _nextAddress;

    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:InvalidKeyPermitLimit"] = Limit.ToString(),
        ["FluxStore:RateLimit:WindowSeconds"] = "60",
        ["FluxStore:RateLimit:PermitLimit"] = "1000", // a test polls one key every 25 ms for up to 3 s
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
    };

    [Test]
    public async Task KeysCreatedOrRegeneratedAfterTheAddressWasThrottledShouldWorkFromItAtOnce()
    {
        var setup = await NewStoreWithKeyAsync();
        var address = NewAddress();
        await ThrottleStoreApiAsync(Factory, address, setup.Store.Id);

        var created = await NewKeyAsync(setup.Owner, setup.Store.Id);
        (await StoreApi(Factory, address, created.Key).GetAsync("/api/v1/categories")).StatusCode.Should().Be(HttpStatusCode.OK);

        var regenerated = await ReadAsync<ApiKeyCreatedDto>(
            await setup.Owner.Client.PostAsync($"/api/stores/{setup.Store.Id}/api-keys/{setup.Key.Id}/regenerate", null));
        (await StoreApi(Factory, address, regenerated.Key).GetAsync("/api/v1/categories")).StatusCode.Should().Be(HttpStatusCode.OK);

        // The address is still throttled for everything else.
        await ShouldBeThrottledAsync(await StoreApi(Factory, address, WrongApiKey(setup.Store.Id)).GetAsync("/api/v1/categories"), "API key");
        await ShouldBeThrottledAsync(await StoreApi(Factory, address, setup.Key.Key).GetAsync("/api/v1/categories"), "API key");
    }

    [Test]
    [Order(1)] // first in its host: the copy of valid keys is then first loaded by this test's throttle, holding both keys
    public async Task KeysRevokedAfterTheAddressWasThrottledShouldBeRefusedFromIt()
    {
        var setup = await NewStoreWithKeyAsync();
        var address = NewAddress();
        var used = await NewKeyAsync(setup.Owner, setup.Store.Id);
        var neverUsed = await NewKeyAsync(setup.Owner, setup.Store.Id);
        (await StoreApi(Factory, NewAddress(), used.Key).GetAsync("/api/v1/categories")).StatusCode.Should().Be(HttpStatusCode.OK);
        await ThrottleStoreApiAsync(Factory, address, setup.Store.Id);

        foreach (var key in new[] { used, neverUsed })
        {
            (await setup.Owner.Client.DeleteAsync($"/api/stores/{setup.Store.Id}/api-keys/{key.Id}")).IsSuccessStatusCode.Should().BeTrue();
        }

        // Not in the current copy of valid keys: refused unread, like any wrong key.
        await ShouldBeThrottledAsync(await StoreApi(Factory, address, neverUsed.Key).GetAsync("/api/v1/categories"), "API key");

        // A key that authenticated here before is looked up once more (401) and then forgotten; either way it is refused.
        (await StoreApi(Factory, address, used.Key).GetAsync("/api/v1/categories")).StatusCode
            .Should().BeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        await ShouldBeThrottledAsync(await StoreApi(Factory, address, used.Key).GetAsync("/api/v1/categories"), "API key");
    }

    [Test]
    public async Task KeyCreatedOnOneInstanceShouldWorkFromAnAddressThrottledOnTheOtherWithinTwoSeconds()
    {
        var setup = await NewStoreWithKeyAsync();
        var address = NewAddress();
        await ThrottleStoreApiAsync(Second, address, setup.Store.Id);

        var created = await NewKeyAsync(setup.Owner, setup.Store.Id); // on the first instance

        await ShouldAnswerWithinPromiseAsync(StoreApi(Second, address, created.Key), "/api/v1/categories", HttpStatusCode.OK);
        await ShouldBeThrottledAsync(await StoreApi(Second, address, WrongApiKey(setup.Store.Id)).GetAsync("/api/v1/categories"), "API key");
    }

    [Test]
    public async Task WrongServerKeysShouldBeThrottledPerAddressWithoutLockingOutValidServerKeys()
    {
        var setup = await NewStoreWithKeyAsync();
        var server = await OrderTestKit.ServerAsync(setup, "Survival");
        var address = NewAddress();

        for (var i = 0; i < Limit; i++)
        {
            await ReadErrorAsync(await Plugin(Factory, address, WrongServerKey()).GetAsync("/api/plugin/v1/commands"), HttpStatusCode.Unauthorized);
        }

        var throttled = await Plugin(Factory, address, WrongServerKey()).GetAsync("/api/plugin/v1/commands");
        await ShouldBeThrottledAsync(throttled, "server key");
        int.Parse(throttled.Headers.GetValues("Retry-After").Single()).Should().BeInRange(1, 60);
        await ShouldBeThrottledAsync(await Plugin(Factory, address, null).PostAsJsonAsync("/api/plugin/v1/commands/ack", new { ids = Array.Empty<Guid>() }), "server key");

        // Another address is not affected, and the Store API's own count for this address is separate.
        await ReadErrorAsync(await Plugin(Factory, NewAddress(), WrongServerKey()).GetAsync("/api/plugin/v1/commands"), HttpStatusCode.Unauthorized);
        (await StoreApi(Factory, address, setup.Key.Key).GetAsync("/api/v1/categories")).StatusCode.Should().Be(HttpStatusCode.OK);

        // Valid server keys from the throttled address are served: one never used, one created and one regenerated after the throttle.
        (await Plugin(Factory, address, server.Key).GetAsync("/api/plugin/v1/commands")).StatusCode.Should().Be(HttpStatusCode.OK);
        var created = await OrderTestKit.ServerAsync(setup, "Lobby");
        (await Plugin(Factory, address, created.Key).GetAsync("/api/plugin/v1/commands")).StatusCode.Should().Be(HttpStatusCode.OK);
        var regenerated = await ReadAsync<GameServerCreatedDto>(
            await setup.Owner.Client.PostAsync($"/api/stores/{setup.Store.Id}/servers/{server.Id}/regenerate-key", null));
        (await Plugin(Factory, address, regenerated.Key).GetAsync("/api/plugin/v1/commands")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Plugin(Factory, address, server.Key).GetAsync("/api/plugin/v1/commands")).StatusCode.Should().NotBe(HttpStatusCode.OK);

        // Refusals do not look keys up: at most one reload of the copy of valid server keys (after the changes above), not one query each.
        var before = GameServerQueries(Factory);
        for (var i = 0; i < 10; i++)
        {
            await ShouldBeThrottledAsync(await Plugin(Factory, address, WrongServerKey()).GetAsync("/api/plugin/v1/commands"), "server key");
        }

        (GameServerQueries(Factory) - before).Should().BeLessThanOrEqualTo(2, "a reload follows a change signal, never a refused request");
    }

    [Test]
    public async Task ServerCreatedOnOneInstanceShouldWorkFromAnAddressThrottledOnTheOtherWithinTwoSeconds()
    {
        var setup = await NewStoreWithKeyAsync();
        var address = NewAddress();
        for (var i = 0; i < Limit; i++)
        {
            await ReadErrorAsync(await Plugin(Second, address, WrongServerKey()).GetAsync("/api/plugin/v1/commands"), HttpStatusCode.Unauthorized);
        }

        await ShouldBeThrottledAsync(await Plugin(Second, address, WrongServerKey()).GetAsync("/api/plugin/v1/commands"), "server key");

        var created = await OrderTestKit.ServerAsync(setup, "Lobby"); // on the first instance

        await ShouldAnswerWithinPromiseAsync(Plugin(Second, address, created.Key), "/api/plugin/v1/commands", HttpStatusCode.OK);
    }

    private async Task ThrottleStoreApiAsync(FluxStoreFactory instance, string address, Guid storeId)
    {
        for (var i = 0; i < Limit; i++)
        {
            await ReadErrorAsync(await StoreApi(instance, address, WrongApiKey(storeId)).GetAsync("/api/v1/categories"), HttpStatusCode.Unauthorized);
        }

        await ShouldBeThrottledAsync(await StoreApi(instance, address, WrongApiKey(storeId)).GetAsync("/api/v1/categories"), "API key");
    }

    private static async Task ShouldBeThrottledAsync(HttpResponseMessage response, string credential)
    {
        var error = await ReadErrorAsync(response, HttpStatusCode.TooManyRequests);
        error.Message.Should().Contain($"missing or invalid {credential}");
        response.Headers.Contains("Retry-After").Should().BeTrue();
    }

    private static HttpClient StoreApi(FluxStoreFactory instance, string address, string? apiKey) =>
        From(instance, address, "X-Api-Key", apiKey);

    private static HttpClient Plugin(FluxStoreFactory instance, string address, string? serverKey) =>
        From(instance, address, "X-Server-Key", serverKey);

    private static HttpClient From(FluxStoreFactory instance, string address, string header, string? value)
    {
        var client = instance.CreateClient();
        client.DefaultRequestHeaders.Add(TestPeerAddress.Header, address);
        if (value is not null)
        {
            client.DefaultRequestHeaders.Add(header, value);
        }

        return client;
    }

    private static string NewAddress() => $"203.0.113.{Interlocked.Increment(ref _nextAddress) % 250 + 1}";

    private static string WrongApiKey(Guid storeId) => $"flx_{storeId:N}_{Guid.NewGuid():N}";

    private static string WrongServerKey() => "fsk_" + Guid.NewGuid().ToString("N") + "ABCDEFGH";

    private static int GameServerQueries(FluxStoreFactory instance) =>
        instance.Logs.Lines.Count(line => line.Contains("Executed DbCommand", StringComparison.Ordinal)
                                          && line.Contains("game_servers", StringComparison.Ordinal));
}
