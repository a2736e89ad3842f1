using FluxStore.Management.Application.Orders;
using FluxStore.Management.Domain.Packages;
using Microsoft.EntityFrameworkCore;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Orders;

/// <summary>
/// Issue #18 items 4 and 5: an order's command budget counts every stage it can render and holds its refunds too;
/// servers, active API keys, webhook endpoints per store and stores per account are capped (<c>FluxStore:Limits:*</c>),
/// exactly under concurrency; package limits count every unit not refunded, also in a partly refunded order.
/// </summary>
public sealed class OrderAndStoreBoundsTests(string provider) : ApiTestBase(provider)
{
    private const int Budget = 10;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:Orders:MaxCommandsPerOrder"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FluxStore:Limits:ServersPerStore"] = "3",
        ["FluxStore:Limits:ApiKeysPerStore"] = "3",
        ["FluxStore:Limits:WebhookEndpointsPerStore"] = "2",
        ["FluxStore:Limits:StoresPerAccount"] = "3",
        ["FluxStore:Webhooks:AllowPrivateTargets"] = "true",
    };

    [Test]
    public async Task AnOrderWhoseRefundCommandsWouldExceedTheBudgetIsRefusedBeforeWriting()
    {
        var setup = await NewStoreWithKeyAsync();
        var server = await ServerAsync(setup);
        // One purchase and three refund commands: 4 per item, so 2 items fit the budget of 10 and 3 items do not.
        var package = await PackageAsync(setup.Api, serverIds: [server.Id], commands:
        [
            new { stage = "purchase", content = "give {username} sword", onlineOnly = false },
            new { stage = "refund", content = "clear {username} a", onlineOnly = false },
            new { stage = "refund", content = "clear {username} b", onlineOnly = false },
            new { stage = "refund", content = "clear {username} c", onlineOnly = false },
        ]);

        var three = Enumerable.Range(0, 3).Select(_ => new { packageId = package.Id, quantity = 1 }).ToArray();
        var refused = await setup.Api.PostAsJsonAsync("/api/v1/orders", new { playerUsername = "Steve", items = three });
        (await BadRequestAsync(refused)).Should().Contain("refund").And.Contain($"{Budget}").And.Contain("MaxCommandsPerOrder");
        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders")).Total.Should().Be(0, "a refused order writes nothing");
        (await Factory.WithDbAsync(db => db.PendingCommands.CountAsync(c => c.StoreId == setup.Store.Id))).Should().Be(0);

        var two = Enumerable.Range(0, 2).Select(_ => new { packageId = package.Id, quantity = 1 }).ToArray();
        (await setup.Api.PostAsJsonAsync("/api/v1/orders", new { playerUsername = "Steve", items = two })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task ARefundThatWouldQueueMoreCommandsThanTheBudgetIsRefusedAndWritesNothing()
    {
        var setup = await NewStoreWithKeyAsync();
        var server = await ServerAsync(setup);
        var purchase = new { stage = "purchase", content = "give {username} sword", onlineOnly = false };
        var package = await PackageAsync(setup.Api, serverIds: [server.Id], commands: [purchase]);
        var items = Enumerable.Range(0, 2).Select(_ => new { packageId = package.Id, quantity = 1 }).ToArray();
        var order = await DataAsync<OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new { playerUsername = "Steve", items }));

        // Later the package gains six refund commands: refunding both items would queue 12 > 10.
        var refunds = Enumerable.Range(0, 6).Select(i => (object)new { stage = "refund", content = $"clear {{username}} {i}", onlineOnly = false });
        var patched = await PatchAsync(setup.Api, $"/api/v1/packages/{package.Id}", new { commands = refunds.Prepend(purchase).ToArray() });
        await DataAsync<JsonElement>(patched);

        var refused = await setup.Api.PostAsJsonAsync($"/api/v1/orders/{order.Id}/refund", new { });
        (await BadRequestAsync(refused)).Should().Contain("refund fewer items").And.Contain("MaxCommandsPerOrder");
        var unchanged = await DataAsync<OrderDto>(await setup.Api.GetAsync($"/api/v1/orders/{order.Id}"));
        unchanged.Status.Should().Be("Paid", "a refused refund writes nothing");
        (await Factory.WithDbAsync(db => db.PendingCommands.CountAsync(c => c.OrderId == order.Id && c.Stage == CommandStage.Refund))).Should().Be(0);
        (await Factory.WithDbAsync(db => db.OrderRefunds.CountAsync(r => r.OrderId == order.Id))).Should().Be(0);

        var one = await setup.Api.PostAsJsonAsync($"/api/v1/orders/{order.Id}/refund", new { itemIds = new[] { order.Items[0].Id } });
        (await DataAsync<OrderDto>(one)).Status.Should().Be("PartiallyRefunded");
        (await Factory.WithDbAsync(db => db.PendingCommands.CountAsync(c => c.OrderId == order.Id && c.Stage == CommandStage.Refund))).Should().Be(6);
    }

    [Test]
    public async Task APartlyRefundedOrderStillCountsItsRemainingUnitsAgainstPerUserLimit()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api);
        await DataAsync<JsonElement>(await PatchAsync(setup.Api, $"/api/v1/packages/{package.Id}", new { perUserLimit = 2 }));
        var items = Enumerable.Range(0, 2).Select(_ => new { packageId = package.Id, quantity = 1 }).ToArray();
        var order = await DataAsync<OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new { playerUsername = "Alex", items }));
        (await DataAsync<OrderDto>(await setup.Api.PostAsJsonAsync($"/api/v1/orders/{order.Id}/refund", new { itemIds = new[] { order.Items[0].Id } })))
            .Status.Should().Be("PartiallyRefunded");

        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Alex", package.Id, quantity: 2))).Should().Contain("has 1 left");
        (await OrderAsync(setup.Api, "Alex", package.Id)).Items.Should().ContainSingle("one unit came back with the refund");
        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Alex", package.Id))).Should().Contain("has 0 left");
        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders")).Total.Should().Be(2);
    }

    [Test]
    public async Task APartlyRefundedOrderStillCountsItsRemainingUnitsAgainstGlobalLimit()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api);
        await DataAsync<JsonElement>(await PatchAsync(setup.Api, $"/api/v1/packages/{package.Id}", new { globalLimit = 3 }));
        var items = Enumerable.Range(0, 3).Select(_ => new { packageId = package.Id, quantity = 1 }).ToArray();
        var order = await DataAsync<OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new { playerUsername = "Alex", items }));
        await DataAsync<OrderDto>(await setup.Api.PostAsJsonAsync($"/api/v1/orders/{order.Id}/refund", new { itemIds = new[] { order.Items[0].Id } }));

        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Jeb", package.Id, quantity: 2))).Should().Contain("1 remain");
        await OrderAsync(setup.Api, "Jeb", package.Id);
        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Notch", package.Id))).Should().Contain("0 remain");
    }

    [Test]
    public async Task AStoreHoldsAtMostTheConfiguredServersEvenWhenCreatesRace()
    {
        var setup = await NewStoreWithKeyAsync();
        await ServerAsync(setup, "One");
        await ServerAsync(setup, "Two");
        var url = $"/api/stores/{setup.Store.Id}/servers";

        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => setup.Owner.Client.PostAsJsonAsync(url, new { name = $"Race {i}" })));
        racing.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1, "one place was left");
        foreach (var refused in racing.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            (await BadRequestAsync(refused)).Should().Contain("at most 3").And.Contain("ServersPerStore");
        }

        (await DataAsync<JsonElement>(await setup.Owner.Client.GetAsync(url))).GetArrayLength().Should().Be(3);
    }

    [Test]
    public async Task AStoreHoldsAtMostTheConfiguredActiveApiKeys()
    {
        var setup = await NewStoreWithKeyAsync(); // the first key
        var second = await NewKeyAsync(setup.Owner, setup.Store.Id);
        var url = $"/api/stores/{setup.Store.Id}/api-keys";

        var racing = await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
            setup.Owner.Client.PostAsJsonAsync(url, new { name = $"Race {i}", permissions = AllPermissions })));
        racing.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        foreach (var refused in racing.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            (await BadRequestAsync(refused)).Should().Contain("at most 3").And.Contain("ApiKeysPerStore");
        }

        (await setup.Owner.Client.DeleteAsync($"{url}/{second.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await setup.Owner.Client.PostAsJsonAsync(url, new { name = "After a revoke", permissions = AllPermissions }))
            .StatusCode.Should().Be(HttpStatusCode.OK, "a revoked key no longer counts");
    }

    [Test]
    public async Task AStoreHoldsAtMostTheConfiguredWebhookEndpoints()
    {
        var setup = await NewStoreWithKeyAsync();
        var url = $"/api/stores/{setup.Store.Id}/webhooks";
        object Endpoint(int i) => new { url = $"http://127.0.0.1:9/hook/{i}", events = new[] { "order.created" } };
        await DataAsync<JsonElement>(await setup.Owner.Client.PostAsJsonAsync(url, Endpoint(1)));
        await DataAsync<JsonElement>(await setup.Owner.Client.PostAsJsonAsync(url, Endpoint(2)));

        (await BadRequestAsync(await setup.Owner.Client.PostAsJsonAsync(url, Endpoint(3)))).Should().Contain("at most 2").And.Contain("WebhookEndpointsPerStore");
        (await DataAsync<JsonElement>(await setup.Owner.Client.GetAsync(url))).GetArrayLength().Should().Be(2);
    }

    [Test]
    public async Task AnAccountOwnsAtMostTheConfiguredStoresEvenWhenCreatesRace()
    {
        var owner = await NewUserAsync();
        await NewStoreAsync(owner, pro: false);
        await NewStoreAsync(owner, pro: false);

        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => owner.Client.PostAsJsonAsync("/api/stores", new { name = $"Race {i}" })));
        racing.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        foreach (var refused in racing.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            (await BadRequestAsync(refused)).Should().Contain("at most 3").And.Contain("StoresPerAccount");
        }

        (await DataAsync<JsonElement>(await owner.Client.GetAsync("/api/stores"))).GetArrayLength().Should().Be(3);
        (await (await NewUserAsync()).Client.PostAsJsonAsync("/api/stores", new { name = "Someone else's" })).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
