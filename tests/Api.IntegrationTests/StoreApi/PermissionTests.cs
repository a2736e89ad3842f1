using FluxStore.Management.Application.Categories;
using FluxStore.Management.Application.Packages;

namespace FluxStore.Management.Api.IntegrationTests.StoreApi;

public sealed class PermissionTests(string provider) : ApiTestBase(provider)
{
    private static readonly string[] FullActions = ["View", "Edit", "Delete"];

    [Test]
    public async Task PackagesShouldNeedExactlyTheirPermissionPerVerb()
    {
        var setup = await NewStoreWithKeyAsync();
        var existing = await CreatePackageAsync(setup.Api);

        await PermissionMatrix.VerifyAsync(
            async permissions => WithKey((await NewKeyAsync(setup.Owner, setup.Store.Id, permissions)).Key),
            "Packages",
            FullActions,
            [
                new("list", "View", c => c.GetAsync("/api/v1/packages")),
                new("get", "View", c => c.GetAsync($"/api/v1/packages/{existing.Id}")),
                new("create", "Edit", c => c.PostAsJsonAsync("/api/v1/packages", new { name = "P", price = 1 })),
                new("update", "Edit", c => PatchAsync(c, $"/api/v1/packages/{existing.Id}", new { price = 2 })),
                new("sort", "Edit", c => c.PostAsJsonAsync("/api/v1/packages/sort-order", new { packageIds = new[] { existing.Id } })),
                new("delete", "Delete", async c => await c.DeleteAsync($"/api/v1/packages/{(await CreatePackageAsync(setup.Api)).Id}")),
            ]);
    }

    [Test]
    public async Task CategoriesShouldNeedExactlyTheirPermissionPerVerb()
    {
        var setup = await NewStoreWithKeyAsync();
        var existing = await ReadAsync<CategoryDto>(await setup.Api.PostAsJsonAsync("/api/v1/categories", new { name = "C" }));

        await PermissionMatrix.VerifyAsync(
            async permissions => WithKey((await NewKeyAsync(setup.Owner, setup.Store.Id, permissions)).Key),
            "Categories",
            FullActions,
            [
                new("list", "View", c => c.GetAsync("/api/v1/categories")),
                new("get", "View", c => c.GetAsync($"/api/v1/categories/{existing.Id}")),
                new("create", "Edit", c => c.PostAsJsonAsync("/api/v1/categories", new { name = "New" })),
                new("update", "Edit", c => PatchAsync(c, $"/api/v1/categories/{existing.Id}", new { name = "Renamed" })),
                new("delete", "Delete", async c =>
                {
                    var fresh = await ReadAsync<CategoryDto>(await setup.Api.PostAsJsonAsync("/api/v1/categories", new { name = "Doomed" }));
                    return await c.DeleteAsync($"/api/v1/categories/{fresh.Id}");
                }),
            ]);
    }

    [Test]
    public async Task EditShouldNotImplyView()
    {
        var setup = await NewStoreWithKeyAsync(new Dictionary<string, string[]> { ["Packages"] = ["Edit"] });
        var created = await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = "P", price = 1 }));
        created.Name.Should().Be("P");
        await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/packages/{created.Id}"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task AnotherStoresIdsShouldBe404()
    {
        var storeA = await NewStoreWithKeyAsync();
        var storeB = await NewStoreWithKeyAsync();
        var packageB = await CreatePackageAsync(storeB.Api);
        var categoryB = await ReadAsync<CategoryDto>(await storeB.Api.PostAsJsonAsync("/api/v1/categories", new { name = "B only" }));

        await ReadErrorAsync(await storeA.Api.GetAsync($"/api/v1/packages/{packageB.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await PatchAsync(storeA.Api, $"/api/v1/packages/{packageB.Id}", new { price = 0 }), HttpStatusCode.NotFound);
        await ReadErrorAsync(await storeA.Api.DeleteAsync($"/api/v1/packages/{packageB.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await storeA.Api.GetAsync($"/api/v1/categories/{categoryB.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await PatchAsync(storeA.Api, $"/api/v1/categories/{categoryB.Id}", new { name = "x" }), HttpStatusCode.NotFound);
        await ReadErrorAsync(await storeA.Api.DeleteAsync($"/api/v1/categories/{categoryB.Id}"), HttpStatusCode.NotFound);

        // Nor can store A point its own package at store B's category, or sort B's packages.
        var error = await ReadErrorAsync(
            await storeA.Api.PostAsJsonAsync("/api/v1/packages", new { name = "P", price = 1, categoryId = categoryB.Id }),
            HttpStatusCode.BadRequest);
        error.Errors.Should().Contain(e => e.Contains("categoryId"));
        await ReadErrorAsync(
            await storeA.Api.PostAsJsonAsync("/api/v1/packages/sort-order", new { packageIds = new[] { packageB.Id } }),
            HttpStatusCode.BadRequest);

        // Store B's data is untouched and store A sees none of it.
        (await ReadAsync<PackageDto>(await storeB.Api.GetAsync($"/api/v1/packages/{packageB.Id}"))).Price.Should().Be(packageB.Price);
        (await ReadAsync<List<PackageDto>>(await storeA.Api.GetAsync("/api/v1/packages"))).Should().BeEmpty();
        (await ReadAsync<List<CategoryDto>>(await storeA.Api.GetAsync("/api/v1/categories"))).Should().BeEmpty();
    }

    private static async Task<PackageDto> CreatePackageAsync(HttpClient api) =>
        await ReadAsync<PackageDto>(await api.PostAsJsonAsync("/api/v1/packages", new { name = "Existing", price = 4.5m }));
}
