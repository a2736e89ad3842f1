using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Application.Servers;

namespace FluxStore.Management.Api.IntegrationTests.Dashboard;

public sealed class GameServersTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ShouldReturnTheServerKeyOnceAndNeverList()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);

        var created = await ReadAsync<GameServerCreatedDto>(await owner.CreateServerAsync(store.Id, "Survival"));
        created.Name.Should().Be("Survival");
        created.Key.Should().MatchRegex("^fsk_[A-Za-z0-9]{40}$");
        created.KeyHint.Should().Be(created.Key[^4..]);
        created.CreatedAt.Kind.Should().Be(DateTimeKind.Utc);

        var listResponse = await owner.Client.GetAsync($"/api/stores/{store.Id}/servers");
        var listJson = await listResponse.Content.ReadAsStringAsync();
        var listed = await ReadAsync<List<GameServerDto>>(listResponse);
        listed.Should().ContainSingle().Which.Should().BeEquivalentTo(new GameServerDto
        {
            Id = created.Id,
            Name = "Survival",
            KeyHint = created.KeyHint,
            CreatedAt = created.CreatedAt,
        });
        listJson.Should().NotContain(created.Key).And.NotContain(created.Key[4..]);
        DeliveryTestHelpers.PropertyNames(listJson).Should().NotContain(["key", "keyhash", "hash", "secret"]);

        var plugin = Factory.WithServerKey(created.Key);
        (await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync("/api/plugin/v1/commands"))).Should().BeEmpty();
    }

    [Test]
    public async Task ShouldRegenerateTheKeyAndRetireTheOldOne()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var created = await ReadAsync<GameServerCreatedDto>(await owner.CreateServerAsync(store.Id));

        var regenerated = await ReadAsync<GameServerCreatedDto>(await owner.Client.PostAsync($"/api/stores/{store.Id}/servers/{created.Id}/regenerate-key", null));

        regenerated.Id.Should().Be(created.Id);
        regenerated.Key.Should().MatchRegex("^fsk_[A-Za-z0-9]{40}$").And.NotBe(created.Key);
        await ReadErrorAsync(await Factory.WithServerKey(created.Key).GetAsync("/api/plugin/v1/commands"), HttpStatusCode.Unauthorized);
        (await Factory.WithServerKey(regenerated.Key).GetAsync("/api/plugin/v1/commands")).StatusCode.Should().Be(HttpStatusCode.OK);
        var listed = await ReadAsync<List<GameServerDto>>(await owner.Client.GetAsync($"/api/stores/{store.Id}/servers"));
        listed.Should().ContainSingle().Which.KeyHint.Should().Be(regenerated.Key[^4..]);
    }

    [Test]
    public async Task ShouldDeleteAServerAndItsKey()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var kept = await ReadAsync<GameServerCreatedDto>(await owner.CreateServerAsync(store.Id, "Lobby"));
        var removed = await ReadAsync<GameServerCreatedDto>(await owner.CreateServerAsync(store.Id, "Creative"));

        (await owner.Client.DeleteAsync($"/api/stores/{store.Id}/servers/{removed.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var listed = await ReadAsync<List<GameServerDto>>(await owner.Client.GetAsync($"/api/stores/{store.Id}/servers"));
        listed.Select(s => s.Id).Should().Equal(kept.Id);
        await ReadErrorAsync(await Factory.WithServerKey(removed.Key).GetAsync("/api/plugin/v1/commands"), HttpStatusCode.Unauthorized);
        (await Factory.WithServerKey(kept.Key).GetAsync("/api/plugin/v1/commands")).StatusCode.Should().Be(HttpStatusCode.OK);
        await ReadErrorAsync(await owner.Client.DeleteAsync($"/api/stores/{store.Id}/servers/{removed.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await owner.Client.PostAsync($"/api/stores/{store.Id}/servers/{removed.Id}/regenerate-key", null), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldNeedStoresEditToChangeServers()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var server = await ReadAsync<GameServerCreatedDto>(await owner.CreateServerAsync(store.Id));
        var viewer = await NewUserAsync();
        (await owner.AddMemberAsync(store.Id, viewer, "Stores:View")).EnsureSuccessStatusCode();

        (await ReadAsync<List<GameServerDto>>(await viewer.Client.GetAsync($"/api/stores/{store.Id}/servers"))).Should().ContainSingle();
        await ReadErrorAsync(await viewer.CreateServerAsync(store.Id), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await viewer.Client.PostAsync($"/api/stores/{store.Id}/servers/{server.Id}/regenerate-key", null), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await viewer.Client.DeleteAsync($"/api/stores/{store.Id}/servers/{server.Id}"), HttpStatusCode.Forbidden);

        // Nothing changed: the original key still works and the server is still there.
        (await Factory.WithServerKey(server.Key).GetAsync("/api/plugin/v1/commands")).StatusCode.Should().Be(HttpStatusCode.OK);

        var editor = await NewUserAsync();
        (await owner.AddMemberAsync(store.Id, editor, "Stores:View", "Stores:Edit")).EnsureSuccessStatusCode();
        (await ReadAsync<GameServerCreatedDto>(await editor.CreateServerAsync(store.Id, "Editor's"))).Key.Should().StartWith("fsk_");

        await ReadErrorAsync(await Anonymous().GetAsync($"/api/stores/{store.Id}/servers"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldHideAnotherStoresServers()
    {
        var ownerA = await NewUserAsync();
        var storeA = await NewStoreAsync(ownerA);
        var serverA = await ReadAsync<GameServerCreatedDto>(await ownerA.CreateServerAsync(storeA.Id));
        var ownerB = await NewUserAsync();
        var storeB = await NewStoreAsync(ownerB);

        // Through B's own store: A's server does not exist there.
        await ReadErrorAsync(await ownerB.Client.DeleteAsync($"/api/stores/{storeB.Id}/servers/{serverA.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await ownerB.Client.PostAsync($"/api/stores/{storeB.Id}/servers/{serverA.Id}/regenerate-key", null), HttpStatusCode.NotFound);
        (await ReadAsync<List<GameServerDto>>(await ownerB.Client.GetAsync($"/api/stores/{storeB.Id}/servers"))).Should().BeEmpty();

        // Through A's store: B is not a member.
        await ReadErrorAsync(await ownerB.Client.GetAsync($"/api/stores/{storeA.Id}/servers"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await ownerB.Client.DeleteAsync($"/api/stores/{storeA.Id}/servers/{serverA.Id}"), HttpStatusCode.NotFound);

        (await Factory.WithServerKey(serverA.Key).GetAsync("/api/plugin/v1/commands")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("{\"name\": null}")]
    public async Task ShouldRejectServersWithoutAName(string bodyOrBlankName)
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var body = bodyOrBlankName.StartsWith('{') ? bodyOrBlankName : JsonSerializer.Serialize(new { name = bodyOrBlankName });

        await ReadErrorAsync(await owner.Client.PostAsync($"/api/stores/{store.Id}/servers", RawJson(body)), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await owner.CreateServerAsync(store.Id, new string('x', 101)), HttpStatusCode.BadRequest);
    }
}
