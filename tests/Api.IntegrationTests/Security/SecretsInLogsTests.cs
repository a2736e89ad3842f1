using FluxStore.Management.Application.ApiKeys;
using FluxStore.Management.Application.Servers;

namespace FluxStore.Management.Api.IntegrationTests.Security;

/// <summary>
/// With every category logging at Debug, a scenario that creates, uses, guesses, revokes and regenerates every
/// kind of secret leaves none of them — nor a password or bearer token — in the log.
/// </summary>
public sealed class SecretsInLogsTests(string provider) : ApiTestBase(provider)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Debug",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Debug",
    };

    [Test]
    public async Task NoSecretShouldReachTheLog()
    {
        var secrets = new List<string>();
        var owner = await NewUserAsync();
        secrets.Add(owner.Password);
        secrets.Add(owner.Client.DefaultRequestHeaders.Authorization!.Parameter!);
        var store = await NewStoreAsync(owner);

        var key = await NewKeyAsync(owner, store.Id);
        secrets.Add(key.Key[^32..]);
        var api = WithKey(key.Key);
        (await api.GetAsync("/api/v1/packages")).EnsureSuccessStatusCode();

        var guess = $"flx_{store.Id:N}_{new string('Q', 32)}";
        secrets.Add(guess[^32..]);
        (await WithKey(guess).GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var regenerated = await ReadAsync<ApiKeyCreatedDto>(await owner.Client.PostAsync($"/api/stores/{store.Id}/api-keys/{key.Id}/regenerate", null));
        secrets.Add(regenerated.Key[^32..]);
        (await api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await WithKey(regenerated.Key).GetAsync("/api/v1/packages")).EnsureSuccessStatusCode();
        await owner.Client.DeleteAsync($"/api/stores/{store.Id}/api-keys/{key.Id}");
        (await WithKey(regenerated.Key).GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var server = await ReadAsync<GameServerCreatedDto>(await owner.Client.PostAsJsonAsync($"/api/stores/{store.Id}/servers", new { name = "Survival" }));
        secrets.Add(server.Key);
        var plugin = Anonymous();
        plugin.DefaultRequestHeaders.Add("X-Server-Key", server.Key);
        (await plugin.GetAsync("/api/plugin/v1/commands")).EnsureSuccessStatusCode();

        var giftKey = await NewKeyAsync(owner, store.Id);
        var giftCard = JsonDocument.Parse(await (await WithKey(giftKey.Key).PostAsJsonAsync("/api/v1/gift-cards", new { amount = 25m })).Content.ReadAsStringAsync())
            .RootElement.GetProperty("data").GetProperty("id").GetGuid();
        var code = (await ReadAsync<JsonElement>(await owner.Client.GetAsync($"/api/stores/{store.Id}/gift-cards/{giftCard}/code"))).GetProperty("code").GetString()!;
        secrets.Add(code);
        secrets.Add(giftKey.Key[^32..]);

        await ReadErrorAsync(await Anonymous().GetAsync("/test-only/throw"), HttpStatusCode.InternalServerError);

        var logs = Factory.Logs.Lines.ToList();
        logs.Should().Contain(l => l.Contains("Debug"), "the fixture logs at Debug, so the check has something to read");
        logs.Should().Contain(l => l.Contains("Leaky failure"), "a 500's exception text goes to the log, not the client");
        foreach (var secret in secrets)
        {
            logs.Should().NotContain(l => l.Contains(secret, StringComparison.Ordinal), "no secret is logged");
        }
    }
}
