using FluxStore.Management.Application.Packages;
using FluxStore.Management.Application.Sales;
using FluxStore.Management.Application.Servers;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Caching;

/// <summary>
/// The store read cache (docs/decisions/0020-read-cache.md) keeps the category list and the package list (with the
/// store's sales) in memory, with two API instances over one database: a write is read back at once on the instance
/// that made it and within 2 s on the other; sale prices follow the clock without any write; one store never sees
/// another's cached lists; a lost change listener serves nothing stale. Each test first warms both instances.
/// </summary>
public sealed class StoreReadCacheTests(string provider) : TwoInstanceCacheTestBase(provider)
{
    [Test]
    public async Task APackageEditShouldBeReadAtOnceHereAndWithinTwoSecondsThere()
    {
        var (setup, other, package) = await StoreWithPackageAsync();

        await ReadAsync<PackageDto>(await PatchAsync(setup.Api, $"/api/v1/packages/{package.Id}", new { name = "Renamed", price = 7.5m }));

        (await ReadAsync<List<PackageDto>>(await setup.Api.GetAsync("/api/v1/packages"))).Should().ContainSingle(p => p.Name == "Renamed" && p.Price == 7.5m);
        (await ReadAsync<PackageDto>(await setup.Api.GetAsync($"/api/v1/packages/{package.Id}"))).Name.Should().Be("Renamed");
        await ShouldSeeWithinPromiseAsync(other, "/api/v1/packages", body => body.Contains("\"Renamed\""));
        (await ReadAsync<PackageDto>(await other.GetAsync($"/api/v1/packages/{package.Id}"))).Price.Should().Be(7.5m);
    }

    [Test]
    public async Task ADeletedPackageShouldBeGoneAtOnceHereAndWithinTwoSecondsThere()
    {
        var (setup, other, package) = await StoreWithPackageAsync();

        await ReadAsync<JsonElement?>(await other.DeleteAsync($"/api/v1/packages/{package.Id}"));

        await ReadErrorAsync(await other.GetAsync($"/api/v1/packages/{package.Id}"), HttpStatusCode.NotFound);
        (await ReadAsync<List<PackageDto>>(await other.GetAsync("/api/v1/packages"))).Should().BeEmpty();
        await ShouldSeeWithinPromiseAsync(setup.Api, $"/api/v1/packages/{package.Id}", status: HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ANewCategoryAndItsPackageCountShouldBeReadAtOnceHereAndWithinTwoSecondsThere()
    {
        var (setup, other, package) = await StoreWithPackageAsync();
        var category = await ReadAsync<JsonElement>(await setup.Api.PostAsJsonAsync("/api/v1/categories", new { name = "Ranks" }));
        var categoryId = category.GetProperty("id").GetGuid();
        await ShouldSeeWithinPromiseAsync(other, "/api/v1/categories", body => body.Contains("\"Ranks\""));

        // Moving a package into it changes the category list's count, though no category row was written.
        await ReadAsync<PackageDto>(await PatchAsync(other, $"/api/v1/packages/{package.Id}", new { categoryId }));

        var here = await ReadAsync<List<JsonElement>>(await other.GetAsync("/api/v1/categories"));
        here.Should().ContainSingle().Which.GetProperty("packageCount").GetInt32().Should().Be(1);
        await ShouldSeeWithinPromiseAsync(setup.Api, "/api/v1/categories", body => body.Contains("\"packageCount\":1"));
        await ShouldSeeWithinPromiseAsync(setup.Api, $"/api/v1/packages/{package.Id}", body => body.Contains("\"categoryName\":\"Ranks\""));
    }

    [Test]
    public async Task ASaleShouldPriceThePackagesAtOnceHereAndWithinTwoSecondsThere()
    {
        var (setup, other, package) = await StoreWithPackageAsync();
        var now = TestClock.GetUtcNow().UtcDateTime;

        var sale = await ReadAsync<SaleDto>(await setup.Api.PostAsJsonAsync("/api/v1/sales", new
        {
            name = "Weekend", discountPercentage = 25, startDate = now.AddHours(-1), endDate = now.AddHours(1),
        }));

        (await ReadAsync<PackageDto>(await setup.Api.GetAsync($"/api/v1/packages/{package.Id}"))).SalePrice.Should().Be(7.5m);
        await ShouldSeeWithinPromiseAsync(other, "/api/v1/packages", body => body.Contains("\"salePrice\":7.5"));

        // Disabled on the other instance: gone there at once, here within the promise.
        await ReadAsync<SaleDto>(await PatchAsync(other, $"/api/v1/sales/{sale.Id}", new { isEnabled = false }));
        (await ReadAsync<PackageDto>(await other.GetAsync($"/api/v1/packages/{package.Id}"))).SalePrice.Should().BeNull();
        await ShouldSeeWithinPromiseAsync(setup.Api, $"/api/v1/packages/{package.Id}", body => body.Contains("\"salePrice\":null"));
    }

    [Test]
    public async Task SalePricesShouldFollowTheClockWithoutAnyWrite()
    {
        var (setup, other, package) = await StoreWithPackageAsync();
        var now = TestClock.GetUtcNow().UtcDateTime;
        await ReadAsync<SaleDto>(await setup.Api.PostAsJsonAsync("/api/v1/sales", new
        {
            name = "Later", discountPercentage = 50, startDate = now.AddHours(1), endDate = now.AddHours(2),
        }));
        // A later write that the other instance is seen to read proves it has dropped its list from before the sale.
        await ReadAsync<PackageDto>(await PatchAsync(setup.Api, $"/api/v1/packages/{package.Id}", new { description = "After the sale" }));
        await ShouldSeeWithinPromiseAsync(other, "/api/v1/packages", body => body.Contains("\"After the sale\"") && body.Contains("\"salePrice\":null"));
        await WarmAsync(setup.Api, other);

        TestClock.Advance(TimeSpan.FromMinutes(61));
        foreach (var client in new[] { setup.Api, other })
        {
            (await ReadAsync<PackageDto>(await client.GetAsync($"/api/v1/packages/{package.Id}"))).SalePrice.Should().Be(5m);
            (await ReadAsync<List<PackageDto>>(await client.GetAsync("/api/v1/packages"))).Single().SalePrice.Should().Be(5m);
        }

        TestClock.Advance(TimeSpan.FromMinutes(60));
        foreach (var client in new[] { setup.Api, other })
        {
            (await ReadAsync<PackageDto>(await client.GetAsync($"/api/v1/packages/{package.Id}"))).SalePrice.Should().BeNull();
            (await ReadAsync<List<PackageDto>>(await client.GetAsync("/api/v1/packages"))).Single().SalePrice.Should().BeNull();
        }
    }

    [Test]
    public async Task ADeletedServerShouldLeaveThePackagesAtOnceHereAndWithinTwoSecondsThere()
    {
        var (setup, other, package) = await StoreWithPackageAsync();
        package.ServerIds.Should().ContainSingle();

        (await setup.Owner.Client.DeleteAsync($"/api/stores/{setup.Store.Id}/servers/{package.ServerIds[0]}")).IsSuccessStatusCode.Should().BeTrue();

        (await ReadAsync<PackageDto>(await setup.Api.GetAsync($"/api/v1/packages/{package.Id}"))).ServerIds.Should().BeEmpty();
        await ShouldSeeWithinPromiseAsync(other, "/api/v1/packages", body => body.Contains("\"serverIds\":[]"));
    }

    [Test]
    public async Task OneStoreShouldNeverBeAnsweredWithAnotherStoresLists()
    {
        var (first, _, package) = await StoreWithPackageAsync();
        var second = await NewStoreWithKeyAsync();
        await ReadAsync<JsonElement>(await second.Api.PostAsJsonAsync("/api/v1/categories", new { name = "Second's" }));

        (await ReadAsync<List<PackageDto>>(await second.Api.GetAsync("/api/v1/packages"))).Should().BeEmpty();
        await ReadErrorAsync(await second.Api.GetAsync($"/api/v1/packages/{package.Id}"), HttpStatusCode.NotFound);
        (await ReadAsync<List<JsonElement>>(await first.Api.GetAsync("/api/v1/categories"))).Should().BeEmpty();
        (await ReadAsync<List<JsonElement>>(await second.Api.GetAsync("/api/v1/categories"))).Should().ContainSingle();
    }

    [Test]
    public async Task ALostListenerShouldNeverServeAStaleList()
    {
        if (Provider != "Postgres")
        {
            Assert.Ignore("PostgreSQL's LISTEN connection; SQLite polls.");
        }

        var (setup, other, package) = await StoreWithPackageAsync();

        // Both instances' listeners lose their connection; the package is renamed while they reconnect.
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = {0} AND datname = current_database()",
            FluxStore.Management.Infrastructure.Caching.StoreChangeWatcher.ApplicationName));
        await ReadAsync<PackageDto>(await PatchAsync(setup.Api, $"/api/v1/packages/{package.Id}", new { name = "While away" }));

        (await ReadAsync<PackageDto>(await setup.Api.GetAsync($"/api/v1/packages/{package.Id}"))).Name.Should().Be("While away");
        await ShouldSeeWithinPromiseAsync(other, $"/api/v1/packages/{package.Id}", body => body.Contains("\"While away\""));
    }

    /// <summary>A store with one server and one 10.00 package, both instances' lists warmed.</summary>
    private async Task<(StoreSetup Setup, HttpClient Other, PackageDto Package)> StoreWithPackageAsync()
    {
        var setup = await NewStoreWithKeyAsync();
        var server = await ReadAsync<GameServerCreatedDto>(await setup.Owner.Client.PostAsJsonAsync($"/api/stores/{setup.Store.Id}/servers", new { name = "Survival" }));
        var package = await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new
        {
            name = "VIP", price = 10m, serverIds = new[] { server.Id },
            commands = new[] { new { stage = "purchase", content = "lp user {username} parent add vip", onlineOnly = false } },
        }));
        var other = Second.CreateClient();
        other.DefaultRequestHeaders.Add("X-Api-Key", setup.Key.Key);
        await ShouldSeeWithinPromiseAsync(other, "/api/v1/packages", body => body.Contains(package.Id.ToString()));
        await WarmAsync(setup.Api, other);
        return (setup, other, package);
    }

    private async Task WarmAsync(params HttpClient[] clients)
    {
        foreach (var client in clients)
        {
            foreach (var path in new[] { "/api/v1/packages", "/api/v1/categories" })
            {
                (await client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK);
                (await client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK);
            }
        }
    }
    /// <summary>Asks until the answer has <paramref name="status"/> and <paramref name="matches"/>; fails when that takes longer than the promise.</summary>
    private static Task ShouldSeeWithinPromiseAsync(
        HttpClient client, string path, Func<string, bool>? matches = null, HttpStatusCode status = HttpStatusCode.OK) =>
        ShouldSeeWithinPromiseAsync(
            async () =>
            {
                var response = await client.GetAsync(path);
                return (Status: response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            },
            answer => answer.Status == status && (matches is null || matches(answer.Body)));
}
