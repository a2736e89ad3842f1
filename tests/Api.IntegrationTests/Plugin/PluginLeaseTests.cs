using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Application.Servers;
using FluxStore.Management.Domain.Plugin;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Plugin;

/// <summary>The plugin queue's leases, failure reports and the order's delivery list, on a clock the tests move.</summary>
public sealed class PluginLeaseTests(string provider) : ApiTestBase(provider)
{
    private const string Commands = "/api/plugin/v1/commands";
    private const string Peek = "/api/plugin/v1/commands?peek=true";
    private const string Ack = "/api/plugin/v1/commands/ack";

    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:Plugin:LeaseSeconds"] = "60",
        ["FluxStore:Plugin:MaxAttempts"] = "3",
    };

    [Test]
    public async Task ASecondPollWithinTheLeaseShouldGetNothingAndTheCommandShouldComeBackWhenTheLeaseEnds()
    {
        var (setup, server, order) = await OrderWithCommandsAsync();
        var plugin = Factory.WithServerKey(server.Key);

        var first = await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands));
        first.Select(c => c.Command).Should().Equal("give Steve diamond", "say Steve bought VIP Rank");

        (await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands))).Should().BeEmpty("the first poll holds them for 60 s");
        _clock.Advance(TimeSpan.FromSeconds(59));
        (await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands))).Should().BeEmpty("the lease has a second left");
        var leased = await DeliveriesAsync(setup, order.Id);
        leased.Select(d => d.Status).Should().Equal("leased", "leased");

        _clock.Advance(TimeSpan.FromSeconds(2));
        (await DeliveriesAsync(setup, order.Id)).Select(d => d.Status).Should().Equal("pending", "pending");
        var again = await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands));
        again.Select(c => c.Id).Should().Equal(first.Select(c => c.Id), "an unacknowledged command is offered again after its lease");

        (await ReadAsync<AcknowledgeResultDto>(await plugin.PostAsJsonAsync(Ack, new { ids = new[] { again[0].Id } }))).Acknowledged.Should().Be(1);
        _clock.Advance(TimeSpan.FromSeconds(61));
        (await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands))).Select(c => c.Id)
            .Should().Equal(new[] { again[1].Id }, "an acknowledged command never comes back");
        (await DeliveriesAsync(setup, order.Id)).Select(d => (d.Status, d.Attempts)).Should().Equal(("delivered", 2), ("leased", 3));
    }

    [Test]
    public async Task PeekShouldListWithoutLeasing()
    {
        var (_, server, _) = await OrderWithCommandsAsync();
        var plugin = Factory.WithServerKey(server.Key);

        var peeked = await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Peek));
        peeked.Should().HaveCount(2);
        (await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Peek))).Should().BeEquivalentTo(peeked, o => o.WithStrictOrdering());

        var polled = await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands));
        polled.Should().BeEquivalentTo(peeked, o => o.WithStrictOrdering(), "peeking leased nothing");
        (await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Peek))).Should().BeEmpty("peek shows what a poll would get now");
        await ReadErrorAsync(await plugin.GetAsync(Commands + "?peek=maybe"), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task TenConcurrentPollsShouldLeaseDisjointSets()
    {
        var (store, server) = await StoreWithServerAsync();
        var orderId = Guid.CreateVersion7();
        var t0 = _clock.GetUtcNow().UtcDateTime.AddMinutes(-10);
        await Factory.WithDbAsync(async db =>
        {
            db.PendingCommands.AddRange(Enumerable.Range(0, 250).Select(i =>
                new PendingCommand(store, server.Id, orderId, i, $"cmd {i}", "Steve", null, false, t0.AddMilliseconds(i))));
            await db.SaveChangesAsync();
        });

        var polls = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var plugin = Factory.WithServerKey(server.Key);
            return await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands));
        }));

        var all = polls.SelectMany(p => p).Select(c => c.Id).ToList();
        all.Should().OnlyHaveUniqueItems("two overlapping polls never get the same command");
        all.Should().HaveCount(250, "together they lease everything offerable");
        polls.Should().OnlyContain(p => p.Count <= 100);
        var attempts = await Factory.WithDbAsync(db => db.PendingCommands.Where(c => c.OrderId == orderId).Select(c => c.Attempts).Distinct().ToListAsync());
        attempts.Should().Equal(1);
    }

    [Test]
    public async Task AFailedCommandShouldBeOfferedAgainUntilMaxAttemptsThenMarkedFailed()
    {
        var (setup, server, order) = await OrderWithCommandsAsync();
        var plugin = Factory.WithServerKey(server.Key);
        var first = await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands));
        var give = first[0].Id;
        await ReadAsync<AcknowledgeResultDto>(await plugin.PostAsJsonAsync(Ack, new { ids = new[] { first[1].Id } }));

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            if (attempt > 1)
            {
                var offered = await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands));
                offered.Select(c => c.Id).Should().Equal(new[] { give }, "a failed command is offered again at once (attempt {0})", attempt);
            }

            var result = await ReadAsync<AcknowledgeResultDto>(await plugin.PostAsJsonAsync(Ack, new
            {
                failed = new[] { new { id = give, reason = $"Player offline ({attempt})" } },
            }));
            result.Should().Be(new AcknowledgeResultDto(0, 1));
        }

        (await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands))).Should().BeEmpty("three attempts were allowed");
        _clock.Advance(TimeSpan.FromMinutes(5));
        (await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands))).Should().BeEmpty("a failed command is never offered again");
        var again = await ReadAsync<AcknowledgeResultDto>(await plugin.PostAsJsonAsync(Ack, new { failed = new[] { new { id = give, reason = "late" } }, ids = Array.Empty<Guid>() }));
        again.Should().Be(new AcknowledgeResultDto(0, 0), "a settled command ignores further reports");
        (await ReadAsync<AcknowledgeResultDto>(await plugin.PostAsJsonAsync(Ack, new { ids = new[] { give } }))).Acknowledged.Should().Be(0);

        var deliveries = await DeliveriesAsync(setup, order.Id);
        var failed = deliveries.Single(d => d.Id == give);
        failed.Status.Should().Be("failed");
        failed.Attempts.Should().Be(3);
        failed.LastError.Should().Be("Player offline (3)");
        failed.DeliveredAt.Should().BeNull();
    }

    [Test]
    public async Task FailureReportsShouldBeValidatedAndOtherServersCommandsIgnored()
    {
        var (setup, server, order) = await OrderWithCommandsAsync();
        var other = await ReadAsync<GameServerCreatedDto>(await setup.Owner.CreateServerAsync(setup.Store.Id, "Other"));
        var plugin = Factory.WithServerKey(server.Key);
        var commands = await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands));

        var foreign = await ReadAsync<AcknowledgeResultDto>(await Factory.WithServerKey(other.Key).PostAsJsonAsync(Ack, new
        {
            ids = new[] { commands[0].Id },
            failed = new[] { new { id = commands[1].Id, reason = "not mine" } },
        }));
        foreign.Should().Be(new AcknowledgeResultDto(0, 0), "another server's commands are ignored");
        (await DeliveriesAsync(setup, order.Id)).Should().OnlyContain(d => d.Status == "leased" && d.LastError == null);

        await ReadErrorAsync(await plugin.PostAsJsonAsync(Ack, new { failed = new[] { new { id = commands[0].Id, reason = new string('x', 1001) } } }), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await plugin.PostAsync(Ack, RawJson("""{"failed":[{"reason":"no id"}]}""")), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await plugin.PostAsync(Ack, RawJson("""{"failed":[null]}""")), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await plugin.PostAsync(Ack, RawJson("""{"failed":[{"id":"not-a-guid"}]}""")), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await plugin.PostAsJsonAsync(Ack, new { ids = new[] { commands[0].Id }, failed = new[] { new { id = commands[0].Id, reason = "both" } } }), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await plugin.PostAsJsonAsync(Ack, new
        {
            ids = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()),
            failed = Enumerable.Range(0, 201).Select(_ => new { id = Guid.NewGuid(), reason = "x" }),
        }), HttpStatusCode.BadRequest);

        // A reason of exactly the limit, and no reason at all, are accepted.
        var ok = await ReadAsync<AcknowledgeResultDto>(await plugin.PostAsJsonAsync(Ack, new
        {
            failed = new object[] { new { id = commands[0].Id, reason = new string('x', 1000) }, new { id = commands[1].Id } },
        }));
        ok.Should().Be(new AcknowledgeResultDto(0, 2));
        var deliveries = await DeliveriesAsync(setup, order.Id);
        deliveries.Select(d => d.Status).Should().Equal("pending", "pending");
        deliveries[0].LastError.Should().HaveLength(1000);
        deliveries[1].LastError.Should().BeNull();
    }

    [Test]
    public async Task TheOrderShouldListItsDeliveriesWithStatusAttemptsAndLastErrorForItsStoreOnly()
    {
        var setup = await NewStoreWithKeyAsync();
        var lobby = await OrderTestKit.ServerAsync(setup, "Lobby");
        var survival = await OrderTestKit.ServerAsync(setup, "Survival");
        var rank = await OrderTestKit.PackageAsync(setup.Api, name: "Rank", serverIds: [lobby.Id, survival.Id], commands:
        [
            new { stage = "purchase", content = "lp user {username} parent add vip", onlineOnly = false },
            new { stage = "purchase", content = "give {username} diamond", onlineOnly = true, serverIds = new[] { survival.Id } },
        ]);
        var sword = await OrderTestKit.PackageAsync(setup.Api, name: "Sword", serverIds: [survival.Id], commands:
        [
            new { stage = "purchase", content = "give {username} sword", onlineOnly = false },
        ]);
        var order = await ReadAsync<OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = "Steve",
            items = new[] { new { packageId = rank.Id, quantity = 1 }, new { packageId = sword.Id, quantity = 1 } },
        }));
        var otherOrder = await OrderTestKit.OrderAsync(setup.Api, "Alex", sword.Id);

        var created = await DeliveriesAsync(setup, order.Id);
        created.Select(d => (d.ServerName, d.Command, d.Status, d.Attempts)).Should().BeEquivalentTo(new[]
        {
            ((string?)"Lobby", "lp user Steve parent add vip", "pending", 0),
            ((string?)"Survival", "lp user Steve parent add vip", "pending", 0),
            ((string?)"Survival", "give Steve diamond", "pending", 0),
            ((string?)"Survival", "give Steve sword", "pending", 0),
        });

        var onSurvival = await ReadAsync<List<PluginCommandDto>>(await Factory.WithServerKey(survival.Key).GetAsync(Commands));
        onSurvival.Should().HaveCount(4, "this order's three and the other order's one");
        var mine = onSurvival.Where(c => c.OrderId == order.Id).ToList();
        await ReadAsync<AcknowledgeResultDto>(await Factory.WithServerKey(survival.Key).PostAsJsonAsync(Ack, new
        {
            ids = new[] { mine[0].Id },
            failed = new[] { new { id = mine[1].Id, reason = "Player is offline" } },
        }));
        var refunded = await ReadAsync<OrderDto>(await setup.Api.PostAsJsonAsync($"/api/v1/orders/{order.Id}/refund", new { itemIds = new[] { order.Items[1].Id } }));
        refunded.Status.Should().Be("PartiallyRefunded");

        var response = await setup.Api.GetAsync($"/api/v1/orders/{order.Id}");
        var detail = await ReadAsync<OrderDetailDto>(response);
        detail.Id.Should().Be(order.Id);
        detail.Items.Should().HaveCount(2);
        var byCommand = detail.Deliveries.ToDictionary(d => (d.ServerName, d.Command));
        detail.Deliveries.Should().HaveCount(4).And.OnlyContain(d => d.Id != Guid.Empty);
        byCommand[("Lobby", "lp user Steve parent add vip")].Should().BeEquivalentTo(new { Status = "pending", Attempts = 0, DeliveredAt = (DateTime?)null, LastError = (string?)null, ServerId = lobby.Id });
        var delivered = byCommand[("Survival", "lp user Steve parent add vip")];
        delivered.Status.Should().Be("delivered");
        delivered.Attempts.Should().Be(1);
        delivered.DeliveredAt.Should().BeCloseTo(_clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(1));
        byCommand[("Survival", "give Steve diamond")].Should().BeEquivalentTo(new { Status = "pending", Attempts = 1, LastError = "Player is offline" });
        byCommand[("Survival", "give Steve sword")].Should().BeEquivalentTo(new { Status = "cancelled", Attempts = 1 }, "the refund withdrew the leased command");

        using (var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()))
        {
            var first = document.RootElement.GetProperty("data").GetProperty("deliveries")[0];
            first.EnumerateObject().Select(p => p.Name).Should().Equal(
                "id", "serverId", "serverName", "command", "status", "attempts", "deliveredAt", "lastError");
        }

        (await DeliveriesAsync(setup, otherOrder.Id)).Select(d => d.Command).Should().Equal("give Alex sword");
        var stranger = await NewStoreWithKeyAsync();
        await ReadErrorAsync(await stranger.Api.GetAsync($"/api/v1/orders/{order.Id}"), HttpStatusCode.NotFound);
        var listed = await OrderTestKit.PageAsync<JsonElement>(setup.Api, "/api/v1/orders");
        listed.Items.Should().HaveCount(2);
        listed.Items.Where(o => o.TryGetProperty("deliveries", out _)).Should().BeEmpty("the list stays the spec's order shape");
    }

    private async Task<IReadOnlyList<OrderDeliveryDto>> DeliveriesAsync(StoreSetup setup, Guid orderId) =>
        (await ReadAsync<OrderDetailDto>(await setup.Api.GetAsync($"/api/v1/orders/{orderId}"))).Deliveries;

    private async Task<(StoreSetup Setup, GameServerCreatedDto Server, OrderDto Order)> OrderWithCommandsAsync()
    {
        var setup = await NewStoreWithKeyAsync();
        var server = await OrderTestKit.ServerAsync(setup);
        var package = await OrderTestKit.PackageAsync(setup.Api, serverIds: [server.Id], commands:
        [
            new { stage = "purchase", content = "give {username} diamond", onlineOnly = true },
            new { stage = "purchase", content = "say {username} bought {packageName}", onlineOnly = false },
        ]);
        var order = await OrderTestKit.OrderAsync(setup.Api, "Steve", package.Id);
        return (setup, server, order);
    }

    private async Task<(Guid StoreId, GameServerCreatedDto Server)> StoreWithServerAsync()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var server = await ReadAsync<GameServerCreatedDto>(await owner.CreateServerAsync(store.Id, "A"));
        return (store.Id, server);
    }
}
