using FluxStore.Management.Application.Customers;
using FluxStore.Management.Application.Orders;
using Microsoft.EntityFrameworkCore;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Orders;

/// <summary>
/// Bounded work per manual order: <c>FluxStore:Orders:MaxCommandsPerOrder</c> (default 500) and the packages'
/// <c>globalLimit</c> / <c>perUserLimit</c>, exact when orders race (SQLite and PostgreSQL).
/// </summary>
public sealed class OrderLimitsTests(string provider) : ApiTestBase(provider)
{
    private const int Requests = 10;

    [Test]
    public async Task AnOrderThatWouldQueueMoreThanFiveHundredCommandsIsRefusedAndWritesNothing()
    {
        var setup = await NewStoreWithKeyAsync();
        var servers = new[] { await ServerAsync(setup, "One"), await ServerAsync(setup, "Two") };
        var commands = Enumerable.Range(0, 10).Select(i => (object)new { stage = "purchase", content = $"say {{username}} {i}", onlineOnly = false }).ToArray();
        var package = await PackageAsync(setup.Api, serverIds: servers.Select(s => s.Id).ToArray(), commands: commands);

        // 26 items × 10 commands × 2 servers = 520 commands; 25 items would be exactly 500.
        var tooMany = Enumerable.Range(0, 26).Select(_ => new { packageId = package.Id, quantity = 1 }).ToArray();
        var refused = await setup.Api.PostAsJsonAsync("/api/v1/orders", new { playerUsername = "Steve", items = tooMany });

        (await BadRequestAsync(refused)).Should().Contain("500");
        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders")).Total.Should().Be(0);
        (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers")).Total.Should().Be(0, "nothing was written");
        var queued = await Factory.WithDbAsync(db => db.PendingCommands.CountAsync(c => c.StoreId == setup.Store.Id));
        queued.Should().Be(0);

        var atTheLimit = Enumerable.Range(0, 25).Select(_ => new { packageId = package.Id, quantity = 1 }).ToArray();
        var accepted = await setup.Api.PostAsJsonAsync("/api/v1/orders", new { playerUsername = "Steve", items = atTheLimit });
        accepted.StatusCode.Should().Be(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        (await Factory.WithDbAsync(db => db.PendingCommands.CountAsync(c => c.StoreId == setup.Store.Id))).Should().Be(500);
    }

    [Test]
    public async Task TenConcurrentOrdersOfAPackageWithGlobalLimitThreeSellExactlyThree()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api);
        await DataAsync<JsonElement>(await PatchAsync(setup.Api, $"/api/v1/packages/{package.Id}", new { globalLimit = 3 }));

        var responses = await Task.WhenAll(Enumerable.Range(0, Requests)
            .Select(i => PostOrderAsync(WithKey(setup.Key.Key), $"Player{i}", package.Id)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Count(s => s == HttpStatusCode.OK).Should().Be(3, "the statuses were {0}", string.Join(",", statuses));
        statuses.Count(s => s == HttpStatusCode.BadRequest).Should().Be(Requests - 3);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.BadRequest))
        {
            (await BadRequestAsync(refused)).Should().Contain("limited to 3");
        }

        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders?take=100")).Total.Should().Be(3);
        (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers?take=100")).Total.Should().Be(3, "refused orders leave no customer behind");
    }

    [Test]
    public async Task ConcurrentOrdersOfOnePlayerRespectPerUserLimitTwoCountingQuantities()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api);
        await DataAsync<JsonElement>(await PatchAsync(setup.Api, $"/api/v1/packages/{package.Id}", new { perUserLimit = 2 }));

        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Alex", package.Id, quantity: 3))).Should().Contain("per player");

        var responses = await Task.WhenAll(Enumerable.Range(0, Requests)
            .Select(i => PostOrderAsync(WithKey(setup.Key.Key), i % 2 == 0 ? "Notch" : "NOTCH", package.Id)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Count(s => s == HttpStatusCode.OK).Should().Be(2, "the statuses were {0}", string.Join(",", statuses));
        statuses.Count(s => s == HttpStatusCode.BadRequest).Should().Be(Requests - 2);
        (await OrderAsync(setup.Api, "Jeb", package.Id, quantity: 2)).Items.Should().ContainSingle("another player has their own allowance");
    }
}
