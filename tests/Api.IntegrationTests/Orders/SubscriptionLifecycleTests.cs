using FluxStore.Management.Api.IntegrationTests.Infrastructure;
using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Application.Servers;
using FluxStore.Management.Application.Stores;
using FluxStore.Management.Application.Subscriptions;
using FluxStore.Management.Infrastructure.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Orders;

/// <summary>
/// Issue #20: subscriptions end on time (sweeper, store grace period), renew through orders, cancel now or at period
/// end. Two API instances share the database and the test clock; their timers are slowed to an hour so each test
/// sweeps when it says so (<see cref="SweepBothAsync"/>), on both instances at once.
/// </summary>
public sealed class SubscriptionLifecycleTests(string provider) : TwoInstanceTestBase(provider)
{
    private const string SteveUuid = "069a79f4-44e9-4726-a5be-fca90e38aaf5";
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:Subscriptions:SweepInterval"] = "01:00:00",
        ["FluxStore:Webhooks:AllowPrivateTargets"] = "true",
        // Undeliverable outbox rows stay where the test counts them.
        ["FluxStore:Webhooks:PollInterval"] = "00:05:00",
    };

    [Test]
    public async Task ASubscriptionShouldExpireAfterItsPeriodNotBeforeAndQueueItsExpiryCommandsOnceToThePurchaseServer()
    {
        var (setup, survival, creative, package) = await ArrangeAsync();
        var order = await OrderAsync(setup.Api, "Steve", package.Id, quantity: 2, serverId: survival.Id, playerUuid: SteveUuid);
        var subscription = await SingleSubscriptionAsync(setup);
        order.SubscriptionId.Should().Be(subscription.Id);
        order.Items.Single().SubscriptionId.Should().Be(subscription.Id);
        subscription.GraceEndsAt.Should().Be(subscription.CurrentPeriodEnd);
        await AcknowledgeAllAsync(survival);

        // One minute before the period ends: nothing happens.
        _clock.Set(subscription.CurrentPeriodEnd.AddMinutes(-1));
        (await SweepBothAsync()).Should().Be(0);
        (await SingleSubscriptionAsync(setup)).Status.Should().Be("Active");
        (await PeekAsync(survival)).Should().BeEmpty();

        _clock.Set(subscription.CurrentPeriodEnd.AddSeconds(1));
        (await SweepBothAsync()).Should().Be(1);
        var expired = await SingleSubscriptionAsync(setup);
        expired.Status.Should().Be("Expired");
        expired.EndedAt.Should().Be(_clock.GetUtcNow().UtcDateTime);
        expired.GraceEndsAt.Should().BeNull();

        // Rendered as the purchase was (its order, package name and quantity), only to the server of the purchase.
        var queued = await PeekAsync(survival);
        queued.Select(c => (c.Command, c.OnlineOnly, c.OrderId, c.PlayerUuid)).Should().Equal(
            ($"lp user Steve parent remove vip {order.Id} Monthly VIP x2 {SteveUuid}", true, order.Id, SteveUuid));
        (await PeekAsync(creative)).Should().BeEmpty();
        (await EventsAsync(setup.Store.Id, "subscription.expired")).Should().ContainSingle()
            .Which.Should().Contain($"\"id\":\"{subscription.Id}\"").And.Contain("\"status\":\"Expired\"");

        // Later sweeps, on either instance, add nothing.
        _clock.Advance(TimeSpan.FromDays(60));
        (await SweepBothAsync()).Should().Be(0);
        (await PeekAsync(survival)).Should().HaveCount(1);
        (await EventsAsync(setup.Store.Id, "subscription.expired")).Should().HaveCount(1);
    }

    [Test]
    public async Task TwoInstancesSweepingTogetherShouldExpireEverySubscriptionExactlyOnce()
    {
        var (setup, survival, _, package) = await ArrangeAsync();
        const int count = 25;
        for (var i = 0; i < count; i++)
        {
            await OrderAsync(setup.Api, $"Player{i}", package.Id, serverId: survival.Id);
        }

        await AcknowledgeAllAsync(survival);
        _clock.Advance(TimeSpan.FromDays(40));

        // Both instances, several sweeps each, all at once; the queued-commands metric counts each expiry command once.
        long counted = 0;
        using var metric = new System.Diagnostics.Metrics.MeterListener();
        metric.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "FluxStore" && instrument.Name == "fluxstore.plugin.commands.queued")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        metric.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref counted, value));
        metric.Start();
        var sweeps = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Sweeper(i % 2 == 0 ? Factory : Second).SweepAsync(CancellationToken.None)));
        sweeps.Sum().Should().Be(count);
        Interlocked.Read(ref counted).Should().Be(count, "fluxstore_plugin_commands_queued_total counts the sweep's expiry commands");

        var page = await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions?take=100");
        page.Items.Should().HaveCount(count).And.OnlyContain(s => s.Status == "Expired");
        var queued = await PeekAsync(survival);
        queued.Should().HaveCount(count);
        queued.Select(c => c.PlayerUsername).Distinct().Should().HaveCount(count);
        (await EventsAsync(setup.Store.Id, "subscription.expired")).Should().HaveCount(count);
    }

    [Test]
    public async Task AChunkThatFailsShouldBeEndedOneByOneAndEveryOtherSubscriptionStillEndedExactlyOnce()
    {
        var (setup, survival, creative, package) = await ArrangeAsync();
        const int count = 8;
        var players = Enumerable.Range(0, count).Select(i => i == 5 ? "Poisoned" : $"Player{i}").ToList();
        for (var i = 0; i < count; i++)
        {
            // Half chose a server; the others' purchase went to both servers of the package, and so does their expiry.
            await OrderAsync(setup.Api, players[i], package.Id, serverId: i % 2 == 0 ? survival.Id : null);
        }

        await AcknowledgeAllAsync(survival);
        await AcknowledgeAllAsync(creative);
        var poisoned = await PoisonCommandsAsync();
        try
        {
            // The whole chunk fails on the poisoned subscription's command; one by one, the others still end.
            _clock.Advance(TimeSpan.FromDays(40));
            await SweepBothAsync();
            (await StatusesAsync(setup)).Should().BeEquivalentTo(players.ToDictionary(p => p, p => p == "Poisoned" ? "Active" : "Expired"));
            (await ExpiryCommandsAsync(setup.Store.Id)).Should().BeEquivalentTo(ExpectedExpiryCommands(players.Where(p => p != "Poisoned")));
            (await EventsAsync(setup.Store.Id, "subscription.expired")).Should().HaveCount(count - 1);

            (await SweepBothAsync()).Should().Be(0, "the poisoned subscription fails again and the others are ended");
        }
        finally
        {
            await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(poisoned));
        }

        // Cured: the next sweep ends it, once; nothing else is added.
        await SweepBothAsync();
        (await StatusesAsync(setup)).Values.Should().OnlyContain(s => s == "Expired");
        (await ExpiryCommandsAsync(setup.Store.Id)).Should().BeEquivalentTo(ExpectedExpiryCommands(players));
        (await EventsAsync(setup.Store.Id, "subscription.expired")).Should().HaveCount(count);
        (await SweepBothAsync()).Should().Be(0);
        (await ExpiryCommandsAsync(setup.Store.Id)).Should().HaveCount(ExpectedExpiryCommands(players).Count);

        List<(string Player, string Server)> ExpectedExpiryCommands(IEnumerable<string> who) => who
            .SelectMany(p => players.IndexOf(p) % 2 == 0 ? new[] { (p, "Survival") } : [(p, "Survival"), (p, "Creative")])
            .ToList();
    }

    [Test]
    public async Task TheStoreGracePeriodShouldKeepASubscriptionActiveAndARenewalInItShouldContinueIt()
    {
        var (setup, survival, _, package) = await ArrangeAsync();
        var store = await ReadAsync<StoreDto>(await PatchAsync(setup.Owner.Client, $"/api/stores/{setup.Store.Id}", new { subscriptionGracePeriodHours = 48 }));
        store.SubscriptionGracePeriodHours.Should().Be(48);
        store.Name.Should().Be("Test store", "an absent field stays unchanged");
        (await ReadAsync<StoreDto>(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}"))).SubscriptionGracePeriodHours.Should().Be(48);

        await OrderAsync(setup.Api, "Steve", package.Id, serverId: survival.Id);
        var subscription = await SingleSubscriptionAsync(setup);
        subscription.GraceEndsAt.Should().Be(subscription.CurrentPeriodEnd.AddHours(48));
        await AcknowledgeAllAsync(survival);

        // A day past the period end: inside the grace period, still active.
        _clock.Set(subscription.CurrentPeriodEnd.AddHours(24));
        (await SweepBothAsync()).Should().Be(0);
        (await SingleSubscriptionAsync(setup)).Status.Should().Be("Active");
        (await PeekAsync(survival)).Should().BeEmpty();

        // A renewal in the grace period continues it, from the period end (not from now).
        var renewal = await OrderAsync(setup.Api, "steve", package.Id, serverId: survival.Id);
        var renewed = await SingleSubscriptionAsync(setup);
        renewal.SubscriptionId.Should().Be(subscription.Id);
        renewed.Id.Should().Be(subscription.Id);
        renewed.RenewalCount.Should().Be(1);
        renewed.CurrentPeriodEnd.Should().Be(subscription.CurrentPeriodEnd.AddMonths(1));
        renewed.GraceEndsAt.Should().Be(renewed.CurrentPeriodEnd.AddHours(48));

        // Lowering the grace period moves the end of every active subscription at once.
        await ReadAsync<StoreDto>(await PatchAsync(setup.Owner.Client, $"/api/stores/{setup.Store.Id}", new { subscriptionGracePeriodHours = 0 }));
        (await SingleSubscriptionAsync(setup)).GraceEndsAt.Should().Be(renewed.CurrentPeriodEnd);
        _clock.Set(renewed.CurrentPeriodEnd.AddHours(1));
        (await SweepBothAsync()).Should().Be(1);
        (await SingleSubscriptionAsync(setup)).Status.Should().Be("Expired");
    }

    [Test]
    public async Task StoreSettingsShouldRefuseBadInputAndHideOtherStores()
    {
        var (setup, _, _, _) = await ArrangeAsync();
        var url = $"/api/stores/{setup.Store.Id}";
        (await BadRequestAsync(await PatchAsync(setup.Owner.Client, url, new { subscriptionGracePeriodHours = 721 }))).Should().Contain("subscriptionGracePeriodHours");
        (await BadRequestAsync(await PatchAsync(setup.Owner.Client, url, new { subscriptionGracePeriodHours = -1 }))).Should().Contain("subscriptionGracePeriodHours");
        (await BadRequestAsync(await setup.Owner.Client.PatchAsync(url, RawJson("{\"subscriptionGracePeriodHours\":null}")))).Should().Contain("subscriptionGracePeriodHours");
        (await BadRequestAsync(await setup.Owner.Client.PatchAsync(url, RawJson("{\"gracePeriodHours\":5}")))).Should().Contain("gracePeriodHours");
        (await ReadAsync<StoreDto>(await setup.Owner.Client.GetAsync(url))).SubscriptionGracePeriodHours.Should().Be(0);

        var stranger = await NewUserAsync();
        await ReadErrorAsync(await PatchAsync(stranger.Client, url, new { subscriptionGracePeriodHours = 5 }), HttpStatusCode.NotFound);
        var renamed = await ReadAsync<StoreDto>(await PatchAsync(setup.Owner.Client, url, new { name = "Renamed" }));
        renamed.Should().BeEquivalentTo(new { Name = "Renamed", SubscriptionGracePeriodHours = 0 });
    }

    [Test]
    public async Task ARenewalOrderShouldExtendFromThePeriodEndAndQueueRenewalNotPurchaseCommands()
    {
        var (setup, survival, _, package) = await ArrangeAsync();
        var first = await OrderAsync(setup.Api, "Steve", package.Id, serverId: survival.Id, playerUuid: SteveUuid);
        var subscription = await SingleSubscriptionAsync(setup);
        await AcknowledgeAllAsync(survival);

        _clock.Advance(TimeSpan.FromDays(10));
        var renewal = await OrderAsync(setup.Api, "SteveRenamed", package.Id, quantity: 2, serverId: survival.Id, playerUuid: SteveUuid);

        renewal.SubscriptionId.Should().Be(subscription.Id);
        renewal.Items.Single().SubscriptionId.Should().Be(subscription.Id);
        var renewed = await SingleSubscriptionAsync(setup);
        renewed.Should().BeEquivalentTo(new
        {
            subscription.Id,
            OrderId = first.Id,
            Status = "Active",
            subscription.StartedAt,
            CurrentPeriodEnd = subscription.CurrentPeriodEnd.AddMonths(2),
            RenewalCount = 1,
            CancelAtPeriodEnd = false,
        });
        (await PeekAsync(survival)).Select(c => c.Command).Should().Equal($"lp user SteveRenamed parent extend vip {renewal.Id} x2");
        (await EventsAsync(setup.Store.Id, "subscription.renewed")).Should().ContainSingle().Which.Should().Contain("\"renewalCount\":1");
        (await EventsAsync(setup.Store.Id, "subscription.created")).Should().HaveCount(1);
        (await ReadAsync<OrderDto>(await setup.Api.GetAsync($"/api/v1/orders/{renewal.Id}"))).Items.Single().SubscriptionId.Should().Be(subscription.Id);

        // Once it has expired, an order starts a new subscription with purchase commands.
        await AcknowledgeAllAsync(survival);
        _clock.Set(renewed.CurrentPeriodEnd.AddMinutes(1));
        (await SweepBothAsync()).Should().Be(1);
        await AcknowledgeAllAsync(survival);
        var fresh = await OrderAsync(setup.Api, "Steve", package.Id, serverId: survival.Id, playerUuid: SteveUuid);
        fresh.SubscriptionId.Should().NotBe(subscription.Id).And.NotBeNull();
        var all = await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions");
        all.Items.Select(s => (s.Id, s.Status)).Should().BeEquivalentTo(new[] { (subscription.Id, "Expired"), (fresh.SubscriptionId!.Value, "Active") });
        (await PeekAsync(survival)).Select(c => c.Command).Should().Equal("lp user Steve parent add vip");
    }

    [Test]
    public async Task CancellingNowShouldEndItAndQueueExpiryCommandsOnce()
    {
        var (setup, survival, _, package) = await ArrangeAsync();
        var order = await OrderAsync(setup.Api, "Steve", package.Id, serverId: survival.Id);
        var subscription = await SingleSubscriptionAsync(setup);
        await AcknowledgeAllAsync(survival);
        var url = $"/api/stores/{setup.Store.Id}/subscriptions/{subscription.Id}/cancel";

        (await BadRequestAsync(await setup.Owner.Client.PostAsJsonAsync(url, new { }))).Should().Contain("atPeriodEnd");
        var cancelled = await ReadAsync<SubscriptionDto>(await setup.Owner.Client.PostAsJsonAsync(url, new { atPeriodEnd = false }));
        cancelled.Status.Should().Be("Cancelled");
        cancelled.EndedAt.Should().Be(_clock.GetUtcNow().UtcDateTime);
        (await SingleSubscriptionAsync(setup)).Should().BeEquivalentTo(cancelled);
        (await PeekAsync(survival)).Select(c => c.Command).Should().Equal($"lp user Steve parent remove vip {order.Id} Monthly VIP x1 ");
        (await EventsAsync(setup.Store.Id, "subscription.cancelled")).Should().ContainSingle();

        // Ended: a second cancellation is refused, and nothing more is queued later.
        (await BadRequestAsync(await setup.Owner.Client.PostAsJsonAsync(url, new { atPeriodEnd = false }))).Should().Contain("Cancelled");
        (await BadRequestAsync(await setup.Owner.Client.PostAsJsonAsync(url, new { atPeriodEnd = true }))).Should().Contain("Cancelled");
        _clock.Advance(TimeSpan.FromDays(40));
        (await SweepBothAsync()).Should().Be(0);
        (await PeekAsync(survival)).Should().HaveCount(1);
        (await EventsAsync(setup.Store.Id, "subscription.cancelled")).Should().ContainSingle();
    }

    [Test]
    public async Task CancellingAtPeriodEndShouldKeepItActiveUntilTheSweeperEndsItOnce()
    {
        var (setup, survival, _, package) = await ArrangeAsync();
        await OrderAsync(setup.Api, "Steve", package.Id, serverId: survival.Id);
        var subscription = await SingleSubscriptionAsync(setup);
        await AcknowledgeAllAsync(survival);
        var url = $"/api/stores/{setup.Store.Id}/subscriptions/{subscription.Id}/cancel";

        var marked = await ReadAsync<SubscriptionDto>(await setup.Owner.Client.PostAsJsonAsync(url, new { atPeriodEnd = true }));
        marked.Should().BeEquivalentTo(new { Status = "Active", CancelAtPeriodEnd = true, EndedAt = (DateTime?)null });
        (await PeekAsync(survival)).Should().BeEmpty();

        _clock.Set(subscription.CurrentPeriodEnd.AddMinutes(-1));
        (await SweepBothAsync()).Should().Be(0);
        (await SingleSubscriptionAsync(setup)).Status.Should().Be("Active");

        _clock.Set(subscription.CurrentPeriodEnd.AddMinutes(1));
        (await SweepBothAsync()).Should().Be(1);
        var ended = await SingleSubscriptionAsync(setup);
        ended.Should().BeEquivalentTo(new { Status = "Cancelled", CancelAtPeriodEnd = true, EndedAt = (DateTime?)_clock.GetUtcNow().UtcDateTime });
        (await PeekAsync(survival)).Should().ContainSingle().Which.Command.Should().StartWith("lp user Steve parent remove vip");
        (await EventsAsync(setup.Store.Id, "subscription.cancelled")).Should().ContainSingle();
        (await EventsAsync(setup.Store.Id, "subscription.expired")).Should().BeEmpty();
        (await SweepBothAsync()).Should().Be(0);
        (await PeekAsync(survival)).Should().HaveCount(1);
    }

    [Test]
    public async Task ARenewalShouldClearACancellationAtPeriodEnd()
    {
        var (setup, survival, _, package) = await ArrangeAsync();
        await OrderAsync(setup.Api, "Steve", package.Id, serverId: survival.Id);
        var subscription = await SingleSubscriptionAsync(setup);
        await ReadAsync<SubscriptionDto>(await setup.Owner.Client.PostAsJsonAsync(
            $"/api/stores/{setup.Store.Id}/subscriptions/{subscription.Id}/cancel", new { atPeriodEnd = true }));

        await OrderAsync(setup.Api, "Steve", package.Id, serverId: survival.Id);
        var renewed = await SingleSubscriptionAsync(setup);
        renewed.Should().BeEquivalentTo(new { Status = "Active", CancelAtPeriodEnd = false, RenewalCount = 1 });

        _clock.Set(subscription.CurrentPeriodEnd.AddDays(1));
        (await SweepBothAsync()).Should().Be(0);
        (await SingleSubscriptionAsync(setup)).Status.Should().Be("Active");
    }

    [Test]
    public async Task CancellingShouldAnswer404ForAnotherStoresSubscriptionAnd403WithoutPermission()
    {
        var (setup, survival, _, package) = await ArrangeAsync();
        await OrderAsync(setup.Api, "Steve", package.Id, serverId: survival.Id);
        var subscription = await SingleSubscriptionAsync(setup);
        var other = await NewStoreWithKeyAsync();

        await ReadErrorAsync(
            await other.Owner.Client.PostAsJsonAsync($"/api/stores/{other.Store.Id}/subscriptions/{subscription.Id}/cancel", new { atPeriodEnd = false }),
            HttpStatusCode.NotFound);
        await ReadErrorAsync(
            await other.Owner.Client.PostAsJsonAsync($"/api/stores/{setup.Store.Id}/subscriptions/{subscription.Id}/cancel", new { atPeriodEnd = false }),
            HttpStatusCode.NotFound);
        await ReadErrorAsync(
            await setup.Api.PostAsJsonAsync($"/api/stores/{setup.Store.Id}/subscriptions/{subscription.Id}/cancel", new { atPeriodEnd = false }),
            HttpStatusCode.Unauthorized);
        (await SingleSubscriptionAsync(setup)).Status.Should().Be("Active");
    }

    [Test]
    public async Task ARefundShouldCancelWithRefundCommandsAndNeverAlsoExpire()
    {
        var (setup, survival, _, package) = await ArrangeAsync();
        var order = await OrderAsync(setup.Api, "Steve", package.Id, serverId: survival.Id);
        await AcknowledgeAllAsync(survival);

        await ReadAsync<OrderDto>(await setup.Api.PostAsJsonAsync($"/api/v1/orders/{order.Id}/refund", new { }));
        var cancelled = await SingleSubscriptionAsync(setup);
        cancelled.Status.Should().Be("Cancelled");
        cancelled.EndedAt.Should().NotBeNull();
        (await PeekAsync(survival)).Select(c => c.Command).Should().Equal("lp user Steve parent remove-all");

        _clock.Advance(TimeSpan.FromDays(40));
        (await SweepBothAsync()).Should().Be(0);
        (await PeekAsync(survival)).Select(c => c.Command).Should().Equal("lp user Steve parent remove-all");
        (await EventsAsync(setup.Store.Id, "subscription.expired")).Should().BeEmpty();
    }

    [Test]
    public async Task ListsShouldFilterByStatusInBothFormsOnTheStoreApiAndTheDashboard()
    {
        var (setup, survival, _, package) = await ArrangeAsync();
        await OrderAsync(setup.Api, "Alex", package.Id, serverId: survival.Id);
        _clock.Advance(TimeSpan.FromDays(40));
        await SweepBothAsync();
        await OrderAsync(setup.Api, "Steve", package.Id, serverId: survival.Id);
        await OrderAsync(setup.Api, "Notch", package.Id, serverId: survival.Id);
        var notch = (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions?playerUsername=notch")).Items.Single();
        await ReadAsync<SubscriptionDto>(await setup.Owner.Client.PostAsJsonAsync(
            $"/api/stores/{setup.Store.Id}/subscriptions/{notch.Id}/cancel", new { atPeriodEnd = false }));

        (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions?status=active")).Items.Select(s => s.PlayerUsername).Should().Equal("Steve");
        (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions?status=EXPIRED")).Items.Select(s => s.PlayerUsername).Should().Equal("Alex");
        (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions?status=cancelled&playerUsername=NOTCH")).Total.Should().Be(1);
        (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions?status=cancelled&playerUsername=steve")).Total.Should().Be(0);
        (await BadRequestAsync(await setup.Api.GetAsync("/api/v1/subscriptions?status=paused"))).Should().Contain("status");
        (await BadRequestAsync(await setup.Api.GetAsync("/api/v1/subscriptions?status=1"))).Should().Contain("status");

        var cursorPage = await DataAsync<CursorPage<SubscriptionDto>>(await setup.Api.GetAsync("/api/v1/subscriptions?limit=1&status=active"));
        cursorPage.Items.Select(s => s.PlayerUsername).Should().Equal("Steve");
        cursorPage.HasMore.Should().BeFalse();

        // The dashboard's route: same list, JWT of a member; a stranger gets 404.
        var dashboard = await DataAsync<PagedResult<SubscriptionDto>>(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/subscriptions?status=expired"));
        dashboard.Items.Select(s => s.PlayerUsername).Should().Equal("Alex");
        var walk = await DataAsync<CursorPage<SubscriptionDto>>(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/subscriptions?limit=2"));
        walk.Items.Should().HaveCount(2);
        walk.HasMore.Should().BeTrue();
        var next = await DataAsync<CursorPage<SubscriptionDto>>(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/subscriptions?limit=2&after={Uri.EscapeDataString(walk.NextCursor!)}"));
        next.Items.Should().ContainSingle().Which.PlayerUsername.Should().Be("Alex");
        await BadRequestAsync(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/subscriptions?status=paused"));
        var stranger = await NewUserAsync();
        await ReadErrorAsync(await stranger.Client.GetAsync($"/api/stores/{setup.Store.Id}/subscriptions"), HttpStatusCode.NotFound);
    }

    private static SubscriptionSweeper Sweeper(FluxStoreFactory factory) => factory.Services.GetRequiredService<SubscriptionSweeper>();

    /// <summary>One sweep on each instance, at the same time; returns how many subscriptions they ended together.</summary>
    private async Task<int> SweepBothAsync()
    {
        var ended = await Task.WhenAll(Sweeper(Factory).SweepAsync(CancellationToken.None), Sweeper(Second).SweepAsync(CancellationToken.None));
        return ended.Sum();
    }

    /// <summary>A store with two servers and a monthly package whose commands carry every placeholder.</summary>
    private async Task<(StoreSetup Setup, GameServerCreatedDto Survival, GameServerCreatedDto Creative, FluxStore.Management.Application.Packages.PackageDto Package)> ArrangeAsync()
    {
        var setup = await NewStoreWithKeyAsync();
        var survival = await ServerAsync(setup, "Survival");
        var creative = await ServerAsync(setup, "Creative");
        var package = await PackageAsync(setup.Api, name: "Monthly VIP", serverIds: [survival.Id, creative.Id], subscriptionInterval: new { value = 1, unit = "month" }, commands:
        [
            new { stage = "purchase", content = "lp user {username} parent add vip", onlineOnly = false },
            new { stage = "renewal", content = "lp user {username} parent extend vip {orderId} x{quantity}", onlineOnly = false },
            new { stage = "expiry", content = "lp user {username} parent remove vip {orderId} {packageName} x{quantity} {uuid}", onlineOnly = true },
            new { stage = "refund", content = "lp user {username} parent remove-all", onlineOnly = false },
        ]);
        await WebhookTestKit.EndpointAsync(
            setup.Owner.Client, setup.Store.Id, "http://127.0.0.1:9/hook",
            "subscription.created", "subscription.renewed", "subscription.expired", "subscription.cancelled");
        return (setup, survival, creative, package);
    }

    private static async Task<SubscriptionDto> SingleSubscriptionAsync(StoreSetup setup) =>
        (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions")).Items.Should().ContainSingle().Subject;

    private async Task<List<PluginCommandDto>> PeekAsync(GameServerCreatedDto server) =>
        await ReadAsync<List<PluginCommandDto>>(await Factory.WithServerKey(server.Key).GetAsync("/api/plugin/v1/commands?peek=true"));

    private async Task AcknowledgeAllAsync(GameServerCreatedDto server)
    {
        var plugin = Factory.WithServerKey(server.Key);
        var pending = await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync("/api/plugin/v1/commands?peek=true"));
        if (pending.Count > 0)
        {
            await ReadAsync<AcknowledgeResultDto>(await plugin.PostAsJsonAsync("/api/plugin/v1/commands/ack", new { ids = pending.Select(c => c.Id) }));
        }
    }

    /// <summary>Each subscription's status by player.</summary>
    private static async Task<Dictionary<string, string>> StatusesAsync(StoreSetup setup) =>
        (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions?take=100")).Items.ToDictionary(s => s.PlayerUsername, s => s.Status);

    /// <summary>The store's expiry commands, as (player, server name).</summary>
    private async Task<List<(string Player, string Server)>> ExpiryCommandsAsync(Guid storeId)
    {
        var rows = new List<(string, string)>();
        await WithDbAsync(async db => rows = (await db.PendingCommands.AsNoTracking()
                .Where(c => c.StoreId == storeId && c.Stage == FluxStore.Management.Domain.Packages.CommandStage.Expiry)
                .Join(db.GameServers, c => c.GameServerId, g => g.Id, (c, g) => new { c.PlayerUsername, g.Name })
                .ToListAsync())
            .Select(r => (r.PlayerUsername, r.Name)).ToList());
        return rows;
    }

    /// <summary>
    /// A database trigger that fails every insert of a command for the player "Poisoned" (so the sweeper's chunk
    /// holding that subscription fails); returns the SQL that removes it.
    /// </summary>
    private async Task<string> PoisonCommandsAsync()
    {
        var drop = string.Empty;
        await WithDbAsync(async db =>
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("""
                    CREATE FUNCTION sweep_poison() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN IF NEW."PlayerUsername" = 'Poisoned' THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW; END $$;
                    CREATE TRIGGER sweep_poison BEFORE INSERT ON pending_commands FOR EACH ROW EXECUTE FUNCTION sweep_poison();
                    """);
                drop = "DROP TRIGGER sweep_poison ON pending_commands; DROP FUNCTION sweep_poison();";
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("""
                    CREATE TRIGGER sweep_poison BEFORE INSERT ON pending_commands
                    WHEN NEW."PlayerUsername" = 'Poisoned' BEGIN SELECT RAISE(ABORT, 'poisoned'); END;
                    """);
                drop = "DROP TRIGGER sweep_poison;";
            }
        });
        return drop;
    }

    /// <summary>The payloads of the store's webhook outbox rows of one event type.</summary>
    private async Task<List<string>> EventsAsync(Guid storeId, string type)
    {
        var payloads = new List<string>();
        await WithDbAsync(async db => payloads = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.StoreId == storeId && d.EventType == type).Select(d => d.Payload).ToListAsync());
        return payloads;
    }
}
