using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Packages;
using FluxStore.Management.Application.Sales;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.CommerceTestData;

namespace FluxStore.Management.Api.IntegrationTests.Promotions;

public sealed class SalesTests(string provider) : ApiTestBase(provider)
{
    private static object Running(string name, decimal percentage, string scope = "store", Guid[]? packageIds = null, Guid[]? categoryIds = null, bool isEnabled = true) => new
    {
        name,
        discountPercentage = percentage,
        applicationScope = scope,
        packageIds,
        categoryIds,
        isEnabled,
        startDate = Iso(DateTime.UtcNow.AddDays(-1)),
        endDate = Iso(DateTime.UtcNow.AddDays(1)),
    };

    [Test]
    public async Task ShouldCreateTheSpecExampleSale()
    {
        var setup = await NewStoreWithKeyAsync();
        var created = await ReadAsync<SaleDto>(await setup.Api.PostAsync("/api/v1/sales", RawJson("""
            {
            "name": "Summer Sale",
            "discountPercentage": 30,
            "applicationScope": "store",
            "isEnabled": true,
            "startDate": "2026-06-01T00:00:00Z",
            "endDate": "2026-06-30T23:59:59Z"
            }
            """)));

        created.Name.Should().Be("Summer Sale");
        created.DiscountPercentage.Should().Be(30m);
        created.ApplicationScope.Should().Be("store");
        created.PackageIds.Should().BeEmpty();
        created.CategoryIds.Should().BeEmpty();
        created.IsEnabled.Should().BeTrue();
        created.StartDate.Should().Be(new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        created.EndDate.Should().Be(new DateTime(2026, 6, 30, 23, 59, 59, DateTimeKind.Utc));

        var fetched = await ReadAsync<SaleDto>(await setup.Api.GetAsync($"/api/v1/sales/{created.Id}"));
        fetched.Should().BeEquivalentTo(created);
    }

    [TestCase("""{"discountPercentage":10,"startDate":"2026-06-01T00:00:00Z","endDate":"2026-06-30T00:00:00Z"}""", "name")]
    [TestCase("""{"name":"S","discountPercentage":10.005,"startDate":"2026-06-01T00:00:00Z","endDate":"2026-06-30T00:00:00Z"}""", "discountPercentage")]
    [TestCase("""{"name":"S","discountPercentage":-5,"startDate":"2026-06-01T00:00:00Z","endDate":"2026-06-30T00:00:00Z"}""", "discountPercentage")]
    [TestCase("""{"name":"S","discountPercentage":101,"startDate":"2026-06-01T00:00:00Z","endDate":"2026-06-30T00:00:00Z"}""", "discountPercentage")]
    [TestCase("""{"name":"S","startDate":"2026-06-01T00:00:00Z","endDate":"2026-06-30T00:00:00Z"}""", "discountPercentage")]
    [TestCase("""{"name":"S","discountPercentage":10,"applicationScope":"Store","startDate":"2026-06-01T00:00:00Z","endDate":"2026-06-30T00:00:00Z"}""", "applicationScope")]
    [TestCase("""{"name":"S","discountPercentage":10,"applicationScope":"packages","startDate":"2026-06-01T00:00:00Z","endDate":"2026-06-30T00:00:00Z"}""", "packageIds")]
    [TestCase("""{"name":"S","discountPercentage":10,"applicationScope":"categories","categoryIds":[],"startDate":"2026-06-01T00:00:00Z","endDate":"2026-06-30T00:00:00Z"}""", "categoryIds")]
    [TestCase("""{"name":"S","discountPercentage":10,"applicationScope":"store","packageIds":["0196f1a0-0000-7000-8000-000000000001"],"startDate":"2026-06-01T00:00:00Z","endDate":"2026-06-30T00:00:00Z"}""", "store")]
    [TestCase("""{"name":"S","discountPercentage":10,"applicationScope":"packages","packageIds":["0196f1a0-0000-7000-8000-000000000001"],"startDate":"2026-06-01T00:00:00Z","endDate":"2026-06-30T00:00:00Z"}""", "0196f1a0-0000-7000-8000-000000000001")]
    [TestCase("""{"name":"S","discountPercentage":10,"startDate":"2026-06-30T00:00:00Z","endDate":"2026-06-01T00:00:00Z"}""", "endDate")]
    [TestCase("""{"name":"S","discountPercentage":10,"endDate":"2026-06-01T00:00:00Z"}""", "startDate")]
    [TestCase("""{"name":"S","discountPercentage":10,"startDate":"2026-06-01T00:00:00Z","endDate":"2026-06-30T00:00:00Z","percent":5}""", "percent")]
    public async Task ShouldRejectInvalidSale(string json, string mentioned)
    {
        var setup = await NewStoreWithKeyAsync();
        var response = await setup.Api.PostAsync("/api/v1/sales", RawJson(json));
        await ReadErrorAsync(response, HttpStatusCode.BadRequest);
        (await BadRequestAsync(response)).Should().Contain(mentioned);
        (await ReadAsync<PagedResult<SaleDto>>(await setup.Api.GetAsync("/api/v1/sales"))).Total.Should().Be(0);
    }

    [Test]
    public async Task PackageSalePriceShouldComeFromTheBestActiveSale()
    {
        var setup = await NewStoreWithKeyAsync();
        var ranks = await CategoryAsync(setup.Api, "Ranks");
        var vip = await PackageAsync(setup.Api, 10.00m, ranks.Id, "VIP");
        var mvp = await PackageAsync(setup.Api, 9.99m, ranks.Id, "MVP");
        var crate = await PackageAsync(setup.Api, 3.33m, name: "Crate");

        (await ReadAsync<PackageDto>(await setup.Api.GetAsync($"/api/v1/packages/{vip.Id}"))).SalePrice.Should().BeNull();

        // Sales that do not count: disabled, ended, scheduled — even with huge percentages.
        await ReadAsync<SaleDto>(await setup.Api.PostAsJsonAsync("/api/v1/sales", Running("Off", 90, isEnabled: false)));
        await ReadAsync<SaleDto>(await setup.Api.PostAsJsonAsync("/api/v1/sales", new
        {
            name = "Ended", discountPercentage = 80, startDate = Iso(DateTime.UtcNow.AddDays(-10)), endDate = Iso(DateTime.UtcNow.AddDays(-1)),
        }));
        await ReadAsync<SaleDto>(await setup.Api.PostAsJsonAsync("/api/v1/sales", new
        {
            name = "Later", discountPercentage = 70, startDate = Iso(DateTime.UtcNow.AddDays(1)), endDate = Iso(DateTime.UtcNow.AddDays(10)),
        }));
        (await ReadAsync<List<PackageDto>>(await setup.Api.GetAsync("/api/v1/packages"))).Should().OnlyContain(p => p.SalePrice == null);

        // Store-wide 10%.
        var storeWide = await ReadAsync<SaleDto>(await setup.Api.PostAsJsonAsync("/api/v1/sales", Running("Store", 10)));
        storeWide.Status.Should().Be("active");
        var list = await ReadAsync<List<PackageDto>>(await setup.Api.GetAsync("/api/v1/packages"));
        list.Single(p => p.Id == vip.Id).SalePrice.Should().Be(9.00m);
        list.Single(p => p.Id == mvp.Id).SalePrice.Should().Be(8.99m); // 9.99 - 0.999 (rounds to 1.00)
        list.Single(p => p.Id == crate.Id).SalePrice.Should().Be(3.00m); // 3.33 - 0.333 (rounds to 0.33)

        // Category 25% beats store 10% for the ranks only.
        await ReadAsync<SaleDto>(await setup.Api.PostAsJsonAsync("/api/v1/sales", Running("Ranks", 25, "categories", categoryIds: [ranks.Id])));
        // Package 50% beats both for VIP only.
        var vipSale = await ReadAsync<SaleDto>(await setup.Api.PostAsJsonAsync("/api/v1/sales", Running("VIP", 50, "packages", packageIds: [vip.Id])));
        vipSale.PackageIds.Should().Equal(vip.Id);

        list = await ReadAsync<List<PackageDto>>(await setup.Api.GetAsync("/api/v1/packages"));
        list.Single(p => p.Id == vip.Id).SalePrice.Should().Be(5.00m);
        list.Single(p => p.Id == mvp.Id).SalePrice.Should().Be(7.49m); // 9.99 - 2.4975 (rounds to 2.50)
        list.Single(p => p.Id == crate.Id).SalePrice.Should().Be(3.00m);
        list.Select(p => p.Price).Should().BeEquivalentTo([10.00m, 9.99m, 3.33m]);

        (await ReadAsync<PackageDto>(await setup.Api.GetAsync($"/api/v1/packages/{vip.Id}"))).SalePrice.Should().Be(5.00m);
        var created = await PackageAsync(setup.Api, 20m, ranks.Id, "New rank");
        created.SalePrice.Should().Be(15.00m);
        var updated = await ReadAsync<PackageDto>(await PatchAsync(setup.Api, $"/api/v1/packages/{created.Id}", new { categoryId = (Guid?)null }));
        updated.SalePrice.Should().Be(18.00m);
        var sorted = await ReadAsync<List<PackageDto>>(await setup.Api.PostAsJsonAsync("/api/v1/packages/sort-order", new { packageIds = new[] { crate.Id, vip.Id, mvp.Id, created.Id } }));
        sorted.Select(p => p.SalePrice).Should().Equal(3.00m, 5.00m, 7.49m, 18.00m);

        // Disabling the VIP sale falls back to the category sale; deleting the store sale leaves packages intact.
        await ReadAsync<SaleDto>(await PatchAsync(setup.Api, $"/api/v1/sales/{vipSale.Id}", new { isEnabled = false }));
        (await ReadAsync<PackageDto>(await setup.Api.GetAsync($"/api/v1/packages/{vip.Id}"))).SalePrice.Should().Be(7.50m);
        await ReadAsync<JsonElement?>(await setup.Api.DeleteAsync($"/api/v1/sales/{storeWide.Id}"));
        list = await ReadAsync<List<PackageDto>>(await setup.Api.GetAsync("/api/v1/packages"));
        list.Should().HaveCount(4);
        list.Single(p => p.Id == crate.Id).SalePrice.Should().BeNull();
        list.Single(p => p.Id == vip.Id).SalePrice.Should().Be(7.50m);
    }

    [Test]
    public async Task AnotherStoresSaleShouldNotPriceMyPackages()
    {
        var mine = await NewStoreWithKeyAsync();
        var theirs = await NewStoreWithKeyAsync();
        var package = await PackageAsync(mine.Api, 10m);
        await ReadAsync<SaleDto>(await theirs.Api.PostAsJsonAsync("/api/v1/sales", Running("Theirs", 50)));
        (await ReadAsync<PackageDto>(await mine.Api.GetAsync($"/api/v1/packages/{package.Id}"))).SalePrice.Should().BeNull();
    }

    [Test]
    public async Task DeletingAScopedPackageOrCategoryShouldLeaveTheSale()
    {
        var setup = await NewStoreWithKeyAsync();
        var category = await CategoryAsync(setup.Api);
        var package = await PackageAsync(setup.Api, 10m);
        var other = await PackageAsync(setup.Api, 10m, name: "Other");
        var byPackage = await ReadAsync<SaleDto>(await setup.Api.PostAsJsonAsync("/api/v1/sales", Running("P", 20, "packages", packageIds: [package.Id, other.Id])));
        var byCategory = await ReadAsync<SaleDto>(await setup.Api.PostAsJsonAsync("/api/v1/sales", Running("C", 20, "categories", categoryIds: [category.Id])));

        await ReadAsync<JsonElement?>(await setup.Api.DeleteAsync($"/api/v1/packages/{package.Id}"));
        await ReadAsync<JsonElement?>(await setup.Api.DeleteAsync($"/api/v1/categories/{category.Id}"));

        (await ReadAsync<SaleDto>(await setup.Api.GetAsync($"/api/v1/sales/{byPackage.Id}"))).PackageIds.Should().Equal(other.Id);
        (await ReadAsync<SaleDto>(await setup.Api.GetAsync($"/api/v1/sales/{byCategory.Id}"))).CategoryIds.Should().BeEmpty();
        (await ReadAsync<PackageDto>(await setup.Api.GetAsync($"/api/v1/packages/{other.Id}"))).SalePrice.Should().Be(8.00m);
    }

    [Test]
    public async Task PatchShouldLeaveAbsentFieldsAndRejectNullOnRequiredOnes()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, 10m);
        var sale = await ReadAsync<SaleDto>(await setup.Api.PostAsJsonAsync("/api/v1/sales", Running("Spring", 15)));

        var untouched = await ReadAsync<SaleDto>(await setup.Api.PatchAsync($"/api/v1/sales/{sale.Id}", RawJson("{}")));
        untouched.Should().BeEquivalentTo(sale, o => o.Excluding(s => s.UpdatedAt));

        var renamed = await ReadAsync<SaleDto>(await PatchAsync(setup.Api, $"/api/v1/sales/{sale.Id}", new { name = "Spring Deals", discountPercentage = 12.5m }));
        renamed.Name.Should().Be("Spring Deals");
        renamed.DiscountPercentage.Should().Be(12.5m);
        renamed.StartDate.Should().Be(sale.StartDate);

        var scoped = await ReadAsync<SaleDto>(await PatchAsync(setup.Api, $"/api/v1/sales/{sale.Id}", new { applicationScope = "packages", packageIds = new[] { package.Id } }));
        scoped.ApplicationScope.Should().Be("packages");
        scoped.PackageIds.Should().Equal(package.Id);
        (await ReadAsync<SaleDto>(await PatchAsync(setup.Api, $"/api/v1/sales/{sale.Id}", new { applicationScope = "store" }))).PackageIds.Should().BeEmpty();

        foreach (var json in new[] { """{"name":null}""", """{"discountPercentage":null}""", """{"startDate":null}""", """{"endDate":null}""", """{"isEnabled":null}""", """{"applicationScope":null}""" })
        {
            await ReadErrorAsync(await setup.Api.PatchAsync($"/api/v1/sales/{sale.Id}", RawJson(json)), HttpStatusCode.BadRequest);
        }

        (await BadRequestAsync(await PatchAsync(setup.Api, $"/api/v1/sales/{sale.Id}", new { endDate = Iso(DateTime.UtcNow.AddDays(-2)) }))).Should().Contain("endDate");
        (await BadRequestAsync(await PatchAsync(setup.Api, $"/api/v1/sales/{sale.Id}", new { applicationScope = "categories" }))).Should().Contain("categoryIds");
        (await BadRequestAsync(await PatchAsync(setup.Api, $"/api/v1/sales/{sale.Id}", new { discountPercentage = 0.001m }))).Should().Contain("discountPercentage");

        var after = await ReadAsync<SaleDto>(await setup.Api.GetAsync($"/api/v1/sales/{sale.Id}"));
        after.Should().BeEquivalentTo(renamed, o => o.Excluding(s => s.UpdatedAt));
    }

    [Test]
    public async Task ListShouldPageSearchAndFilterByStatus()
    {
        var setup = await NewStoreWithKeyAsync();
        var now = DateTime.UtcNow;
        async Task<SaleDto> Create(string name, int startDays, int endDays, bool enabled = true) =>
            await ReadAsync<SaleDto>(await setup.Api.PostAsJsonAsync("/api/v1/sales", new
            {
                name, discountPercentage = 10, isEnabled = enabled, startDate = Iso(now.AddDays(startDays)), endDate = Iso(now.AddDays(endDays)),
            }));

        var ended = await Create("Winter Sale", -20, -10);
        var active = await Create("Spring Sale", -2, 2);
        var disabled = await Create("Flash", -1, 1, enabled: false);
        var scheduled = await Create("Summer Sale", 10, 20);

        var all = await ReadAsync<PagedResult<SaleDto>>(await setup.Api.GetAsync("/api/v1/sales"));
        all.Total.Should().Be(4);
        all.Items.Select(s => s.Id).Should().Equal(scheduled.Id, disabled.Id, active.Id, ended.Id);

        var page = await ReadAsync<PagedResult<SaleDto>>(await setup.Api.GetAsync("/api/v1/sales?skip=2&take=1"));
        (page.Total, page.Skip, page.Take).Should().Be((4, 2, 1));
        page.Items.Select(s => s.Id).Should().Equal(active.Id);

        (await ReadAsync<PagedResult<SaleDto>>(await setup.Api.GetAsync("/api/v1/sales?search=SALE"))).Total.Should().Be(3);
        (await ReadAsync<PagedResult<SaleDto>>(await setup.Api.GetAsync("/api/v1/sales?search=flash"))).Items.Select(s => s.Id).Should().Equal(disabled.Id);

        async Task<IEnumerable<Guid>> Status(string status) =>
            (await ReadAsync<PagedResult<SaleDto>>(await setup.Api.GetAsync($"/api/v1/sales?status={status}"))).Items.Select(s => s.Id);

        (await Status("active")).Should().Equal(active.Id);
        (await Status("scheduled")).Should().Equal(scheduled.Id);
        (await Status("ended")).Should().Equal(ended.Id);
        (await Status("disabled")).Should().Equal(disabled.Id);
        all.Items.Select(s => s.Status).Should().Equal("scheduled", "disabled", "active", "ended");

        foreach (var bad in new[] { "take=0", "take=101", "status=expired" })
        {
            await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/sales?{bad}"), HttpStatusCode.BadRequest);
        }
    }

    [Test]
    public async Task AnotherStoresSaleShouldBeNotFound()
    {
        var owner = await NewStoreWithKeyAsync();
        var other = await NewStoreWithKeyAsync();
        var sale = await ReadAsync<SaleDto>(await owner.Api.PostAsJsonAsync("/api/v1/sales", Running("Mine", 10)));

        await ReadErrorAsync(await other.Api.GetAsync($"/api/v1/sales/{sale.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await PatchAsync(other.Api, $"/api/v1/sales/{sale.Id}", new { isEnabled = false }), HttpStatusCode.NotFound);
        await ReadErrorAsync(await other.Api.DeleteAsync($"/api/v1/sales/{sale.Id}"), HttpStatusCode.NotFound);
        (await ReadAsync<SaleDto>(await owner.Api.GetAsync($"/api/v1/sales/{sale.Id}"))).IsEnabled.Should().BeTrue();

        await ReadAsync<JsonElement?>(await owner.Api.DeleteAsync($"/api/v1/sales/{sale.Id}"));
        await ReadErrorAsync(await owner.Api.GetAsync($"/api/v1/sales/{sale.Id}"), HttpStatusCode.NotFound);
    }
}
