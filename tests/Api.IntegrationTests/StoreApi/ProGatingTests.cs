using FluxStore.Management.Application.Stores;

namespace FluxStore.Management.Api.IntegrationTests.StoreApi;

public sealed class ProGatingTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task LapsedProShouldGet403UntilRenewedWithTheSameKey()
    {
        var setup = await NewStoreWithKeyAsync();
        (await setup.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);

        var lapsed = await SetPlanAsync(setup.Store.Id, "Pro", DateTime.UtcNow.AddMinutes(-5));
        lapsed.IsPro.Should().BeFalse();

        var error = await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/packages"), HttpStatusCode.Forbidden);
        error.Message.Should().Contain("Pro plan");
        await ReadErrorAsync(await setup.Api.PostAsJsonAsync("/api/v1/categories", new { name = "x" }), HttpStatusCode.Forbidden);

        var renewed = await SetPlanAsync(setup.Store.Id, "Pro", DateTime.UtcNow.AddDays(30));
        renewed.IsPro.Should().BeTrue();
        (await setup.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task DowngradeToFreeShouldGet403()
    {
        var setup = await NewStoreWithKeyAsync();
        (await SetPlanAsync(setup.Store.Id, "Free", null)).Plan.Should().Be("Free");

        var error = await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/categories"), HttpStatusCode.Forbidden);
        error.Message.Should().Contain("Pro");
    }

    [Test]
    public async Task OnlyPlatformAdminsShouldChangePlans()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);

        await ReadErrorAsync(
            await owner.Client.PutAsJsonAsync($"/api/admin/stores/{store.Id}/plan", new { plan = "Pro" }),
            HttpStatusCode.Forbidden);
        await ReadErrorAsync(
            await Anonymous().PutAsJsonAsync($"/api/admin/stores/{store.Id}/plan", new { plan = "Pro" }),
            HttpStatusCode.Unauthorized);
        (await ReadAsync<StoreDto>(await owner.Client.GetAsync($"/api/stores/{store.Id}"))).Plan.Should().Be("Free");

        var admin = await AdminAsync();
        await ReadErrorAsync(await admin.PutAsJsonAsync($"/api/admin/stores/{store.Id}/plan", new { plan = "Gold" }), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await admin.PutAsJsonAsync($"/api/admin/stores/{Guid.NewGuid()}/plan", new { plan = "Pro" }), HttpStatusCode.NotFound);
    }
}
