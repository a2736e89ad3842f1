using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Plugin;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Orders;

/// <summary>A manual order's purchase commands reach the chosen game server's plugin queue, rendered, once.</summary>
public sealed class OrderFulfilmentTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ShouldQueueRenderedPurchaseCommandsForTheChosenServerOnly()
    {
        var setup = await NewStoreWithKeyAsync();
        var survival = await ServerAsync(setup, "Survival");
        var creative = await ServerAsync(setup, "Creative");
        var package = await PackageAsync(setup.Api, serverIds: [survival.Id, creative.Id], commands:
        [
            new { stage = "purchase", content = "give {username} diamond {quantity}", onlineOnly = true },
            new { stage = "purchase", content = "say {packageName} for {uuid} in {orderId}", onlineOnly = false },
            new { stage = "expiry", content = "lp user {username} parent remove vip", onlineOnly = false },
        ]);

        var order = await ReadAsync<OrderDto>(await setup.Api.PostAsync("/api/v1/orders", RawJson($$"""
            {"playerUsername":"Steve","playerUuid":"069a79f444e94726a5befca90e38aaf5","items":[{"packageId":"{{package.Id}}","quantity":3,"serverId":"{{survival.Id}}"}]}
            """)));

        var survivalPlugin = Factory.WithServerKey(survival.Key);
        var commands = await ReadAsync<List<PluginCommandDto>>(await survivalPlugin.GetAsync("/api/plugin/v1/commands"));
        commands.Select(c => c.Command).Should().Equal(
            "give Steve diamond 3",
            $"say VIP Rank for 069a79f4-44e9-4726-a5be-fca90e38aaf5 in {order.Id}");
        commands.Should().OnlyContain(c => c.OrderId == order.Id && c.PlayerUsername == "Steve" && c.PlayerUuid == "069a79f4-44e9-4726-a5be-fca90e38aaf5");
        commands.Select(c => c.OnlineOnly).Should().Equal(true, false);

        (await ReadAsync<List<PluginCommandDto>>(await Factory.WithServerKey(creative.Key).GetAsync("/api/plugin/v1/commands")))
            .Should().BeEmpty("the order chose the survival server");
        (await ReadAsync<List<PluginCommandDto>>(await survivalPlugin.GetAsync("/api/plugin/v1/commands")))
            .Should().BeEmpty("the first poll leased them");

        await ReadAsync<AcknowledgeResultDto>(await survivalPlugin.PostAsJsonAsync("/api/plugin/v1/commands/ack", new { ids = commands.Select(c => c.Id) }));
        (await ReadAsync<List<PluginCommandDto>>(await survivalPlugin.GetAsync("/api/plugin/v1/commands"))).Should().BeEmpty();

        await ReadErrorAsync(await Factory.WithServerKey("fsk_" + new string('x', 40)).GetAsync("/api/plugin/v1/commands"), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await Factory.WithServerKey(setup.Key.Key).GetAsync("/api/plugin/v1/commands"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldQueueForEveryServerOfThePackageWhenNoneIsChosen()
    {
        var setup = await NewStoreWithKeyAsync();
        var survival = await ServerAsync(setup, "Survival");
        var creative = await ServerAsync(setup, "Creative");
        var package = await PackageAsync(setup.Api, serverIds: [survival.Id, creative.Id], commands:
        [
            new { stage = "purchase", content = "eco give {username} 100", onlineOnly = false },
        ]);

        await OrderAsync(setup.Api, "Alex", package.Id);

        foreach (var server in new[] { survival, creative })
        {
            (await ReadAsync<List<PluginCommandDto>>(await Factory.WithServerKey(server.Key).GetAsync("/api/plugin/v1/commands")))
                .Should().ContainSingle().Which.Command.Should().Be("eco give Alex 100");
        }
    }

    [Test]
    public async Task ARefusedOrderShouldQueueNothing()
    {
        var setup = await NewStoreWithKeyAsync();
        var survival = await ServerAsync(setup, "Survival");
        var package = await PackageAsync(setup.Api, serverIds: [survival.Id], commands:
        [
            new { stage = "purchase", content = "give {username} diamond", onlineOnly = false },
        ]);
        await CouponAsync(setup.Api, new { code = "ONCE", discountType = "percentage", discountValue = 10, maxUses = 1 });
        await OrderAsync(setup.Api, "Alex", package.Id, couponCode: "once");

        await BadRequestAsync(await PostOrderAsync(setup.Api, "Steve", package.Id, couponCode: "once"));

        (await ReadAsync<List<PluginCommandDto>>(await Factory.WithServerKey(survival.Key).GetAsync("/api/plugin/v1/commands")))
            .Should().ContainSingle("only the accepted order's command was queued").Which.Command.Should().Be("give Alex diamond");
    }
}
