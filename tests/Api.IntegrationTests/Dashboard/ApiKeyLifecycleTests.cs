using FluxStore.Management.Application.ApiKeys;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Dashboard;

public sealed class ApiKeyLifecycleTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task CreateShouldReturnTheFullKeyOnceAndListShouldNeverShowIt()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);

        var response = await owner.Client.PostAsJsonAsync($"/api/stores/{store.Id}/api-keys", new
        {
            name = "Bot",
            permissions = new Dictionary<string, string[]> { ["Packages"] = ["View", "Edit"], ["Orders"] = ["View"] },
        });
        var created = await ReadAsync<ApiKeyCreatedDto>(response);

        created.Key.Should().MatchRegex($"^flx_{store.Id:N}_[A-Za-z0-9]{{32}}$");
        var secret = created.Key[^32..];
        created.KeyHint.Should().Be(secret[^4..]);
        created.Status.Should().Be("Active");
        created.Permissions.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["Packages"] = ["View", "Edit"], ["Orders"] = ["View"] });

        var listResponse = await owner.Client.GetAsync($"/api/stores/{store.Id}/api-keys");
        var raw = await listResponse.Content.ReadAsStringAsync();
        raw.Should().NotContain(secret).And.NotContain("\"key\"").And.NotContainEquivalentOf("hash");
        var listed = await ReadAsync<List<ApiKeyDto>>(listResponse);
        listed.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            created.Id,
            Name = "Bot",
            KeyHint = secret[^4..],
            Status = "Active",
            RevokedAt = (DateTime?)null,
        });

        await WithDbAsync(async db =>
        {
            var stored = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == created.Id);
            stored.SecretHash.Should().HaveCount(32).And.NotEqual(System.Text.Encoding.UTF8.GetBytes(secret));
            stored.KeyHint.Should().HaveLength(4);
        });
    }

    [Test]
    public async Task RevokedKeyShouldGet401()
    {
        var setup = await NewStoreWithKeyAsync();
        (await setup.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);

        var revoked = await ReadAsync<ApiKeyDto>(await setup.Owner.Client.DeleteAsync($"/api/stores/{setup.Store.Id}/api-keys/{setup.Key.Id}"));
        revoked.Status.Should().Be("Revoked");
        revoked.RevokedAt.Should().NotBeNull();

        var error = await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/packages"), HttpStatusCode.Unauthorized);
        error.Message.Should().Contain("revoked");
    }

    [Test]
    public async Task RegenerateShouldRetireTheOldSecretAndKeepPermissions()
    {
        var setup = await NewStoreWithKeyAsync(new Dictionary<string, string[]> { ["Packages"] = ["View"] });

        var regenerated = await ReadAsync<ApiKeyCreatedDto>(
            await setup.Owner.Client.PostAsync($"/api/stores/{setup.Store.Id}/api-keys/{setup.Key.Id}/regenerate", null));

        regenerated.Id.Should().Be(setup.Key.Id);
        regenerated.Key.Should().NotBe(setup.Key.Key).And.StartWith($"flx_{setup.Store.Id:N}_");
        regenerated.Permissions.Should().BeEquivalentTo(setup.Key.Permissions);

        await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/packages"), HttpStatusCode.Unauthorized);
        var fresh = WithKey(regenerated.Key);
        (await fresh.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);
        await ReadErrorAsync(await fresh.GetAsync("/api/v1/categories"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ExpiredKeyShouldGet401()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var key = await NewKeyAsync(owner, store.Id, expiresAt: DateTime.UtcNow.AddDays(1));
        var api = WithKey(key.Key);
        (await api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);

        // Through the context's change tracking, as every product write is, so the key cache hears of it.
        await WithDbAsync(async db =>
        {
            var stored = await db.ApiKeys.SingleAsync(k => k.Id == key.Id);
            db.Entry(stored).Property(k => k.ExpiresAt).CurrentValue = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        });

        var error = await ReadErrorAsync(await api.GetAsync("/api/v1/packages"), HttpStatusCode.Unauthorized);
        error.Message.Should().Contain("expired");
        var listed = await ReadAsync<List<ApiKeyDto>>(await owner.Client.GetAsync($"/api/stores/{store.Id}/api-keys"));
        listed.Single().Status.Should().Be("Expired");
    }

    [Test]
    public async Task ExpiresAtInThePastShouldBeRejected()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var response = await owner.Client.PostAsJsonAsync($"/api/stores/{store.Id}/api-keys", new
        {
            name = "Old",
            permissions = AllPermissions,
            expiresAt = DateTime.UtcNow.AddHours(-1),
        });
        var error = await ReadErrorAsync(response, HttpStatusCode.BadRequest);
        error.Errors.Should().Contain(e => e.Contains("expiresAt"));
    }

    [Test]
    public async Task ExpiresAtWithoutAnOffsetShouldBeRejectedAndAnOffsetShouldBeHonoured()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var url = $"/api/stores/{store.Id}/api-keys";
        var permissions = JsonSerializer.Serialize(AllPermissions);

        var noOffset = await owner.Client.PostAsync(url, RawJson($$"""{"name":"Local","permissions":{{permissions}},"expiresAt":"2099-01-01T00:00:00"}"""));
        var error = await ReadErrorAsync(noOffset, HttpStatusCode.BadRequest);
        error.Errors.Should().Contain(e => e.Contains("expiresAt") && e.Contains("offset"));

        // The same instant whatever offset it is written with: stored and shown in UTC.
        var offset = await owner.Client.PostAsync(url, RawJson($$"""{"name":"Offset","permissions":{{permissions}},"expiresAt":"2099-01-01T05:30:00+05:30"}"""));
        var created = await ReadAsync<ApiKeyCreatedDto>(offset);
        created.ExpiresAt.Should().Be(new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var listed = await ReadAsync<List<ApiKeyDto>>(await owner.Client.GetAsync(url));
        listed.Single(k => k.Id == created.Id).ExpiresAt.Should().Be(new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    [Test]
    public async Task FreeStoreShouldNotCreateKeys()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);

        var error = await ReadErrorAsync(
            await owner.Client.PostAsJsonAsync($"/api/stores/{store.Id}/api-keys", new { name = "x", permissions = AllPermissions }),
            HttpStatusCode.Forbidden);
        error.Message.Should().Contain("Pro");
        (await ReadAsync<List<ApiKeyDto>>(await owner.Client.GetAsync($"/api/stores/{store.Id}/api-keys"))).Should().BeEmpty();
    }

    [Test]
    public async Task MemberWithoutStoresEditShouldGet403OnEveryKeyEndpoint()
    {
        var setup = await NewStoreWithKeyAsync();
        var viewer = await NewUserAsync();
        (await setup.Owner.AddMemberAsync(setup.Store.Id, viewer, "Stores:View")).EnsureSuccessStatusCode();
        var basePath = $"/api/stores/{setup.Store.Id}/api-keys";

        await ReadErrorAsync(await viewer.Client.GetAsync(basePath), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await viewer.Client.PostAsJsonAsync(basePath, new { name = "x", permissions = AllPermissions }), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await viewer.Client.DeleteAsync($"{basePath}/{setup.Key.Id}"), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await viewer.Client.PostAsync($"{basePath}/{setup.Key.Id}/regenerate", null), HttpStatusCode.Forbidden);

        // The viewer can still see the store, and the key was left alone.
        (await viewer.Client.GetAsync($"/api/stores/{setup.Store.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await setup.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task MemberWithStoresEditShouldManageKeys()
    {
        var setup = await NewStoreWithKeyAsync();
        var editor = await NewUserAsync();
        (await setup.Owner.AddMemberAsync(setup.Store.Id, editor, "Stores:View", "Stores:Edit")).EnsureSuccessStatusCode();

        var key = await NewKeyAsync(editor, setup.Store.Id);
        (await WithKey(key.Key).GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task NonMemberShouldGet404ForAnotherStoresKeys()
    {
        var setup = await NewStoreWithKeyAsync();
        var stranger = await NewUserAsync();
        await ReadErrorAsync(await stranger.Client.GetAsync($"/api/stores/{setup.Store.Id}/api-keys"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await stranger.Client.DeleteAsync($"/api/stores/{setup.Store.Id}/api-keys/{setup.Key.Id}"), HttpStatusCode.NotFound);

        // An owner of another store cannot reach this key through their own store either.
        var otherStore = await NewStoreAsync(stranger);
        await ReadErrorAsync(await stranger.Client.DeleteAsync($"/api/stores/{otherStore.Id}/api-keys/{setup.Key.Id}"), HttpStatusCode.NotFound);
        (await setup.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task KeyEndpointsShouldRequireABearerToken()
    {
        var setup = await NewStoreWithKeyAsync();
        await ReadErrorAsync(await Anonymous().GetAsync($"/api/stores/{setup.Store.Id}/api-keys"), HttpStatusCode.Unauthorized);

        // An API key is not a dashboard credential.
        await ReadErrorAsync(await setup.Api.GetAsync($"/api/stores/{setup.Store.Id}/api-keys"), HttpStatusCode.Unauthorized);
    }

    [TestCase("{\"Widgets\":[\"View\"]}", "unknown area 'Widgets'")]
    [TestCase("{\"Orders\":[\"Delete\"]}", "'Delete' is not an action of Orders")]
    [TestCase("{\"Customers\":[\"Edit\"]}", "'Edit' is not an action of Customers")]
    [TestCase("{\"Subscriptions\":[\"Delete\"]}", "'Delete' is not an action of Subscriptions")]
    [TestCase("{\"Stores\":[\"Edit\"]}", "unknown area 'Stores'")]
    [TestCase("{\"Packages\":[\"view\"]}", "'view' is not an action of Packages")]
    [TestCase("{\"Packages\":[]}", "at least one action")]
    [TestCase("{}", "at least one permission")]
    [TestCase("null", "at least one permission")]
    public async Task InvalidPermissionSetsShouldBeRejected(string permissions, string expected)
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var response = await owner.Client.PostAsync(
            $"/api/stores/{store.Id}/api-keys", RawJson($"{{\"name\":\"k\",\"permissions\":{permissions}}}"));

        var error = await ReadErrorAsync(response, HttpStatusCode.BadRequest);
        error.Errors.Should().Contain(e => e.Contains(expected));
        (await ReadAsync<List<ApiKeyDto>>(await owner.Client.GetAsync($"/api/stores/{store.Id}/api-keys"))).Should().BeEmpty();
    }
}
