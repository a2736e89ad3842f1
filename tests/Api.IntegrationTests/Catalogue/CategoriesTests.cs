using FluxStore.Management.Application.Categories;
using FluxStore.Management.Application.Packages;

namespace FluxStore.Management.Api.IntegrationTests.Catalogue;

public sealed class CategoriesTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ShouldCreateListGetPatchAndDelete()
    {
        var setup = await NewStoreWithKeyAsync();
        var created = await ReadAsync<CategoryDto>(await setup.Api.PostAsJsonAsync("/api/v1/categories", new
        {
            name = "Premium Ranks",
            description = "Premium rank packages",
            isEnabled = true,
        }));
        created.Should().BeEquivalentTo(new { Name = "Premium Ranks", Description = "Premium rank packages", IsEnabled = true, PackageCount = 0 });

        (await ReadAsync<List<CategoryDto>>(await setup.Api.GetAsync("/api/v1/categories"))).Should().ContainSingle();
        (await ReadAsync<CategoryDto>(await setup.Api.GetAsync($"/api/v1/categories/{created.Id}"))).Should().BeEquivalentTo(created);

        var patched = await ReadAsync<CategoryDto>(await setup.Api.PatchAsync($"/api/v1/categories/{created.Id}", RawJson("{\"description\":null,\"isEnabled\":false}")));
        patched.Name.Should().Be("Premium Ranks");
        patched.Description.Should().BeNull();
        patched.IsEnabled.Should().BeFalse();

        (await setup.Api.DeleteAsync($"/api/v1/categories/{created.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/categories/{created.Id}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task DeletingACategoryWithPackagesShouldSayHowMany()
    {
        var setup = await NewStoreWithKeyAsync();
        var category = await ReadAsync<CategoryDto>(await setup.Api.PostAsJsonAsync("/api/v1/categories", new { name = "Ranks" }));
        for (var i = 0; i < 2; i++)
        {
            await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = $"P{i}", price = 1, categoryId = category.Id }));
        }

        var error = await ReadErrorAsync(await setup.Api.DeleteAsync($"/api/v1/categories/{category.Id}"), HttpStatusCode.BadRequest);
        error.Errors.Should().ContainSingle().Which.Should().Contain("2 packages");
        (await ReadAsync<CategoryDto>(await setup.Api.GetAsync($"/api/v1/categories/{category.Id}"))).PackageCount.Should().Be(2);
    }

    [TestCase("{\"name\":\"\"}", "'name' must not be empty.")]
    [TestCase("{}", "'name' must not be empty.")]
    [TestCase("{\"name\":\"x\",\"enabled\":true}", "Unknown property 'enabled'.")]
    [TestCase("{\"name\":\"x\",\"sortOrder\":1.5}", "'sortOrder' has an invalid value or type.")]
    public async Task BadInputShouldBe400(string body, string expected)
    {
        var setup = await NewStoreWithKeyAsync();
        var error = await ReadErrorAsync(await setup.Api.PostAsync("/api/v1/categories", RawJson(body)), HttpStatusCode.BadRequest);
        error.Errors.Should().Contain(expected);
        (await ReadAsync<List<CategoryDto>>(await setup.Api.GetAsync("/api/v1/categories"))).Should().BeEmpty();
    }
}
