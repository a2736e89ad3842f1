using FluxStore.Management.Application.Packages;

namespace FluxStore.Management.Api.IntegrationTests.StoreApi;

/// <summary>The spec's curl examples, sent exactly as written (only the key and host differ).</summary>
public sealed class SpecExamplesTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ListPackagesShouldWorkAsWritten()
    {
        // curl -H "X-Api-Key: flx_XXXX_XXXXXXXX" https://api.fluxstore.net/api/v1/packages
        var setup = await NewStoreWithKeyAsync();
        await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = "VIP Rank", price = 9.99m }));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/packages");
        request.Headers.Add("X-Api-Key", setup.Key.Key);
        var packages = await ReadAsync<List<PackageDto>>(await Anonymous().SendAsync(request));

        packages.Should().ContainSingle().Which.Name.Should().Be("VIP Rank");
    }

    [Test]
    public async Task DeleteAPackageShouldWorkAsWritten()
    {
        // curl -X DELETE -H "X-Api-Key: flx_XXXX_XXXXXXXX" https://api.fluxstore.net/api/v1/packages/{packageId}
        var setup = await NewStoreWithKeyAsync();
        var package = await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = "VIP Rank", price = 9.99m }));

        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/packages/{package.Id}");
        request.Headers.Add("X-Api-Key", setup.Key.Key);
        var response = await Anonymous().SendAsync(request);

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body.GetProperty("success").GetBoolean().Should().BeTrue();
        (await ReadAsync<List<PackageDto>>(await setup.Api.GetAsync("/api/v1/packages"))).Should().BeEmpty();
    }

    [Test]
    public async Task CreatePackageBodyFromTheSpecShouldWork()
    {
        var setup = await NewStoreWithKeyAsync();
        var created = await ReadAsync<PackageDto>(await setup.Api.PostAsync("/api/v1/packages", RawJson("""
            {
              "name": "VIP Rank",
              "description": "Get VIP status with special perks",
              "price": 9.99,
              "isActive": true,
              "sortOrder": 0
            }
            """)));
        var raw = await (await setup.Api.GetAsync($"/api/v1/packages/{created.Id}")).Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(raw);
        var data = document.RootElement.GetProperty("data");
        foreach (var field in new[] { "id", "name", "description", "price", "salePrice", "imageUrl", "isActive", "sortOrder", "categoryId", "categoryName", "allowCustomPrice", "globalLimit", "perUserLimit", "isCumulative", "isTiered", "isSubscription", "serverIds", "createdAt", "updatedAt" })
        {
            data.TryGetProperty(field, out _).Should().BeTrue($"the spec's package response has '{field}'");
        }

        data.GetProperty("price").GetRawText().Should().Be("9.99");
        data.GetProperty("createdAt").GetString().Should().EndWith("Z");
    }
}
