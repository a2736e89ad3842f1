using FluxStore.Management.Application.Packages;

namespace FluxStore.Management.Api.IntegrationTests.Catalogue;

/// <summary>PATCH with absent fields (Optional&lt;T&gt; left unset) must reach the handler, not crash model validation.</summary>
public sealed class PackagePatchTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ShouldKeepAbsentFieldsAndClearNullableFieldsSentAsNull()
    {
        var setup = await NewStoreWithKeyAsync();
        var created = await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new
        {
            name = "VIP Rank",
            description = "Perks",
            price = 9.99m,
            globalLimit = 10,
        }));

        var updated = await ReadAsync<PackageDto>(await PatchAsync(setup.Api, $"/api/v1/packages/{created.Id}", new
        {
            description = (string?)null,
            sortOrder = 3,
        }));

        updated.Description.Should().BeNull();
        updated.SortOrder.Should().Be(3);
        updated.Name.Should().Be("VIP Rank");
        updated.Price.Should().Be(9.99m);
        updated.GlobalLimit.Should().Be(10);
    }

    [Test]
    public async Task ShouldRejectNullForANonNullableField()
    {
        var setup = await NewStoreWithKeyAsync();
        var created = await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = "VIP Rank", price = 5m }));

        var response = await PatchAsync(setup.Api, $"/api/v1/packages/{created.Id}", new { price = (decimal?)null });

        var error = await ReadErrorAsync(response, HttpStatusCode.BadRequest);
        error.Errors.Should().Contain(e => e.Contains("price", StringComparison.OrdinalIgnoreCase));
    }
}
