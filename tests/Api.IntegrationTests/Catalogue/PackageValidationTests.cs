using FluxStore.Management.Application.Categories;
using FluxStore.Management.Application.Packages;

namespace FluxStore.Management.Api.IntegrationTests.Catalogue;

public sealed class PackageValidationTests(string provider) : ApiTestBase(provider)
{
    private StoreSetup _setup = null!;

    [SetUp]
    public async Task CreateStoreAsync() => _setup = await NewStoreWithKeyAsync();

    [TestCase("{\"name\":\"P\",\"price\":9.999}", "'price' must be between 0 and 10000000 with at most two decimal places.")]
    [TestCase("{\"name\":\"P\",\"price\":-1}", "'price' must be between 0 and 10000000 with at most two decimal places.")]
    [TestCase("{\"name\":\"P\",\"price\":100000000}", "'price' must be between 0 and 10000000 with at most two decimal places.")]
    [TestCase("{\"name\":\"P\"}", "'price' must not be empty.")]
    [TestCase("{\"name\":\"\",\"price\":1}", "'name' must not be empty.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"colour\":\"red\"}", "Unknown property 'colour'.")]
    [TestCase("{\"name\":\"P\",\"price\":\"cheap\"}", "'price' has an invalid value or type.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"isActive\":\"yes\"}", "'isActive' has an invalid value or type.")]
    [TestCase("{\"name\":\"P\",\"price\":1", "The request body is not valid JSON (near 'price').")]
    [TestCase("{\"name\":'P'}", "The request body is not valid JSON (near 'name').")]
    [TestCase("[1,2]", "The request body has the wrong shape (expected a JSON object).")]
    [TestCase("", "A JSON request body is required.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"imageUrl\":\"javascript:alert(1)\"}", "'imageUrl' must be an absolute http or https URL.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"globalLimit\":0}", "'globalLimit' must be null or between 1 and 1000000.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"isSubscription\":true}", "'subscriptionInterval' is required when 'isSubscription' is true.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"isSubscription\":true,\"subscriptionInterval\":{\"value\":1,\"unit\":\"fortnight\"}}", "'subscriptionInterval.unit' must be one of \"day\", \"week\", \"month\", \"year\".")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"commands\":[{\"stage\":\"boot\",\"content\":\"say hi\",\"onlineOnly\":false}]}", "'stage' must be one of \"purchase\", \"renewal\", \"expiry\", \"refund\".")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"commands\":[{\"stage\":\"purchase\",\"content\":\"\",\"onlineOnly\":false}]}", "'content' must not be empty.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"serverIds\":[\"00000000-0000-0000-0000-000000000001\"]}", "serverIds: no server 00000000-0000-0000-0000-000000000001 exists in this store.")]
    public async Task BadInputShouldBe400WithAReadableError(string body, string expected)
    {
        var before = await CountAsync();
        var error = await ReadErrorAsync(await _setup.Api.PostAsync("/api/v1/packages", RawJson(body)), HttpStatusCode.BadRequest);

        error.Errors.Should().Contain(expected);
        (await CountAsync()).Should().Be(before, "a rejected request writes nothing");
    }

    [Test]
    public async Task AllProblemsShouldBeReportedAtOnce()
    {
        var error = await ReadErrorAsync(
            await _setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = "", price = 1.001m, sortOrder = -1 }),
            HttpStatusCode.BadRequest);
        error.Errors.Should().HaveCount(3);
    }

    [Test]
    public async Task PatchShouldLeaveAbsentFieldsAndClearNullOnes()
    {
        var category = await ReadAsync<CategoryDto>(await _setup.Api.PostAsJsonAsync("/api/v1/categories", new { name = "Ranks" }));
        var created = await ReadAsync<PackageDto>(await _setup.Api.PostAsJsonAsync("/api/v1/packages", new
        {
            name = "VIP",
            description = "Perks",
            price = 9.99m,
            imageUrl = "https://cdn.example.com/vip.png",
            categoryId = category.Id,
            globalLimit = 100,
        }));

        var patched = await ReadAsync<PackageDto>(await PatchAsync(_setup.Api, $"/api/v1/packages/{created.Id}", new { price = 14.99m, isActive = false }));
        patched.Price.Should().Be(14.99m);
        patched.IsActive.Should().BeFalse();
        patched.Should().BeEquivalentTo(created, o => o
            .Excluding(p => p.Price).Excluding(p => p.IsActive).Excluding(p => p.UpdatedAt));
        patched.UpdatedAt.Should().BeOnOrAfter(created.UpdatedAt);

        var cleared = await ReadAsync<PackageDto>(await _setup.Api.PatchAsync(
            $"/api/v1/packages/{created.Id}",
            RawJson("{\"description\":null,\"imageUrl\":null,\"categoryId\":null,\"globalLimit\":null}")));
        cleared.Description.Should().BeNull();
        cleared.ImageUrl.Should().BeNull();
        cleared.CategoryId.Should().BeNull();
        cleared.CategoryName.Should().BeNull();
        cleared.GlobalLimit.Should().BeNull();
        cleared.Name.Should().Be("VIP");
        cleared.Price.Should().Be(14.99m);

        var stored = await ReadAsync<PackageDto>(await _setup.Api.GetAsync($"/api/v1/packages/{created.Id}"));
        stored.Should().BeEquivalentTo(cleared);
    }

    [TestCase("{\"name\":null}", "'name' must not be empty.")]
    [TestCase("{\"price\":null}", "'price' must not be empty.")]
    [TestCase("{\"isActive\":null}", "'isActive' must not be empty.")]
    [TestCase("{\"price\":1.005}", "'price' must be between 0 and 10000000 with at most two decimal places.")]
    [TestCase("{\"prize\":5}", "Unknown property 'prize'.")]
    public async Task PatchShouldRejectBadFieldsAndChangeNothing(string body, string expected)
    {
        var created = await ReadAsync<PackageDto>(await _setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = "Stable", price = 3 }));

        var error = await ReadErrorAsync(await _setup.Api.PatchAsync($"/api/v1/packages/{created.Id}", RawJson(body)), HttpStatusCode.BadRequest);
        error.Errors.Should().Contain(expected);
        (await ReadAsync<PackageDto>(await _setup.Api.GetAsync($"/api/v1/packages/{created.Id}"))).Should().BeEquivalentTo(created);
    }

    [Test]
    public async Task SortOrderShouldFollowThePositionInTheList()
    {
        var setup = await NewStoreWithKeyAsync();
        var a = await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = "A", price = 1 }));
        var b = await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = "B", price = 1 }));
        var c = await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = "C", price = 1 }));

        var sorted = await ReadAsync<List<PackageDto>>(await setup.Api.PostAsJsonAsync("/api/v1/packages/sort-order", new { packageIds = new[] { c.Id, a.Id, b.Id } }));

        sorted.Select(p => p.Name).Should().Equal("C", "A", "B");
        sorted.Select(p => p.SortOrder).Should().Equal(0, 1, 2);
        (await ReadAsync<List<PackageDto>>(await setup.Api.GetAsync("/api/v1/packages"))).Select(p => p.Name).Should().Equal("C", "A", "B");
        await ReadErrorAsync(await setup.Api.PostAsJsonAsync("/api/v1/packages/sort-order", new { packageIds = new[] { a.Id, a.Id } }), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task SubscriptionPackagesShouldCarryTheirInterval()
    {
        var created = await ReadAsync<PackageDto>(await _setup.Api.PostAsJsonAsync("/api/v1/packages", new
        {
            name = "Monthly VIP",
            price = 4.99m,
            isSubscription = true,
            subscriptionInterval = new { value = 1, unit = "month" },
        }));
        created.SubscriptionInterval.Should().BeEquivalentTo(new SubscriptionIntervalDto { Value = 1, Unit = "month" });

        var oneOff = await ReadAsync<PackageDto>(await PatchAsync(_setup.Api, $"/api/v1/packages/{created.Id}", new { isSubscription = false }));
        oneOff.IsSubscription.Should().BeFalse();
        oneOff.SubscriptionInterval.Should().BeNull();
    }

    [Test]
    public async Task DeletingShouldRemoveThePackage()
    {
        var created = await ReadAsync<PackageDto>(await _setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = "Gone", price = 1 }));
        var deleted = await _setup.Api.DeleteAsync($"/api/v1/packages/{created.Id}");
        deleted.StatusCode.Should().Be(HttpStatusCode.OK);
        await ReadErrorAsync(await _setup.Api.GetAsync($"/api/v1/packages/{created.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await _setup.Api.DeleteAsync($"/api/v1/packages/{created.Id}"), HttpStatusCode.NotFound);
    }

    private async Task<int> CountAsync() =>
        (await ReadAsync<List<PackageDto>>(await _setup.Api.GetAsync("/api/v1/packages"))).Count;
}
