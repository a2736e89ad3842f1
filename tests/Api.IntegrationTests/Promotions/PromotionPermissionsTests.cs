namespace FluxStore.Management.Api.IntegrationTests.Promotions;

/// <summary>
/// Coupons, Sales and Bans: GET needs View, POST and PATCH need Edit, DELETE needs Delete. A key lacking one action
/// gets 403 on exactly the verbs needing it (before any validation or lookup) and succeeds on the others.
/// </summary>
public sealed class PromotionPermissionsTests(string provider) : ApiTestBase(provider)
{
    private static readonly Dictionary<string, (string Path, string Body)> Areas = new()
    {
        ["Coupons"] = ("/api/v1/coupons", """{"code":"PERM","discountType":"percentage","discountValue":10}"""),
        ["Sales"] = ("/api/v1/sales", """{"name":"Perm","discountPercentage":10,"startDate":"2026-06-01T00:00:00Z","endDate":"2026-06-30T00:00:00Z"}"""),
        ["Bans"] = ("/api/v1/bans", """{"playerUsername":"perm"}"""),
    };

    [TestCase("Coupons")]
    [TestCase("Sales")]
    [TestCase("Bans")]
    public async Task EachVerbShouldNeedExactlyItsAction(string area)
    {
        var (path, body) = Areas[area];
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var full = WithKey((await NewKeyAsync(owner, store.Id, new Dictionary<string, string[]> { [area] = ["View", "Edit", "Delete"] })).Key);
        var noView = WithKey((await NewKeyAsync(owner, store.Id, new Dictionary<string, string[]> { [area] = ["Edit", "Delete"] })).Key);
        var noEdit = WithKey((await NewKeyAsync(owner, store.Id, new Dictionary<string, string[]> { [area] = ["View", "Delete"] })).Key);
        var noDelete = WithKey((await NewKeyAsync(owner, store.Id, new Dictionary<string, string[]> { [area] = ["View", "Edit"] })).Key);
        var otherArea = WithKey((await NewKeyAsync(owner, store.Id, new Dictionary<string, string[]> { ["Packages"] = ["View", "Edit", "Delete"] })).Key);

        var id = (await ReadAsync<JsonElement>(await full.PostAsync(path, RawJson(body)))).GetProperty("id").GetGuid();
        var item = $"{path}/{id}";

        // Without View: reads are 403, writes work.
        await ReadErrorAsync(await noView.GetAsync(path), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await noView.GetAsync(item), HttpStatusCode.Forbidden);
        await ReadAsync<JsonElement>(await noView.PatchAsync(item, RawJson("{}")));

        // Without Edit: create and update are 403 (even with an invalid body), reads work.
        await ReadErrorAsync(await noEdit.PostAsync(path, RawJson(body)), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await noEdit.PostAsync(path, RawJson("{}")), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await noEdit.PatchAsync(item, RawJson("{}")), HttpStatusCode.Forbidden);
        await ReadAsync<JsonElement>(await noEdit.GetAsync(path));
        await ReadAsync<JsonElement>(await noEdit.GetAsync(item));

        // Without Delete: delete is 403 (also for an unknown id), the rest works.
        await ReadErrorAsync(await noDelete.DeleteAsync(item), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await noDelete.DeleteAsync($"{path}/{Guid.CreateVersion7()}"), HttpStatusCode.Forbidden);
        await ReadAsync<JsonElement>(await noDelete.GetAsync(item));
        await ReadAsync<JsonElement>(await noDelete.PatchAsync(item, RawJson("{}")));

        // A key for another area gets nothing here.
        await ReadErrorAsync(await otherArea.GetAsync(path), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await otherArea.PostAsync(path, RawJson(body)), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await otherArea.DeleteAsync(item), HttpStatusCode.Forbidden);

        // Delete is the only verb noView/noEdit still have; it works, and the item is gone for everyone.
        await ReadAsync<JsonElement?>(await noEdit.DeleteAsync(item));
        await ReadErrorAsync(await full.GetAsync(item), HttpStatusCode.NotFound);
        await ReadErrorAsync(await noView.DeleteAsync(item), HttpStatusCode.NotFound);
    }

    [TestCase("Coupons")]
    [TestCase("Sales")]
    [TestCase("Bans")]
    public async Task LapsedProPlanShouldBeForbiddenAndNoKeyUnauthorized(string area)
    {
        var (path, _) = Areas[area];
        var setup = await NewStoreWithKeyAsync();
        await ReadErrorAsync(await Anonymous().GetAsync(path), HttpStatusCode.Unauthorized);
        await ReadAsync<JsonElement>(await setup.Api.GetAsync(path));

        await SetPlanAsync(setup.Store.Id, "Free", null);
        var lapsed = await ReadErrorAsync(await setup.Api.GetAsync(path), HttpStatusCode.Forbidden);
        lapsed.Message.Should().Contain("Pro");
    }
}
