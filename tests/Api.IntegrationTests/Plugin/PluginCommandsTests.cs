using FluxStore.Management.Application.Packages;
using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Application.Servers;
using FluxStore.Management.Domain.Plugin;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Plugin;

public sealed class PluginCommandsTests(string provider) : ApiTestBase(provider)
{
    private const string Commands = "/api/plugin/v1/commands";
    private const string Ack = "/api/plugin/v1/commands/ack";

    [Test]
    public async Task ShouldServeOnlyTheCallersPendingCommandsOldestFirst()
    {
        var (store, serverA, serverB) = await StoreWithTwoServersAsync();
        var orderId = Guid.CreateVersion7();
        var t0 = new DateTime(2026, 1, 15, 10, 0, 0, DateTimeKind.Utc);
        var newest = Queue(store, serverA.Id, orderId, 0, "say newest", t0.AddMinutes(2));
        var oldest = Queue(store, serverA.Id, orderId, 0, "say oldest", t0, uuid: "069a79f4-44e9-4726-a5be-fca90e38aaf5", onlineOnly: true);
        var middle = Queue(store, serverA.Id, orderId, 0, "say middle", t0.AddMinutes(1));
        var forB = Queue(store, serverB.Id, orderId, 0, "say b", t0);
        await InsertAsync(newest, oldest, middle, forB);

        var pending = await ReadAsync<List<PluginCommandDto>>(await Factory.WithServerKey(serverA.Key).GetAsync(Commands));

        pending.Select(c => c.Command).Should().Equal("say oldest", "say middle", "say newest");
        pending[0].Should().BeEquivalentTo(new PluginCommandDto(
            oldest.Id, "say oldest", "Steve", "069a79f4-44e9-4726-a5be-fca90e38aaf5", true, orderId, t0));
        pending[1].PlayerUuid.Should().BeNull();
        pending[1].OnlineOnly.Should().BeFalse();

        var forServerB = await ReadAsync<List<PluginCommandDto>>(await Factory.WithServerKey(serverB.Key).GetAsync(Commands));
        forServerB.Select(c => c.Id).Should().Equal(forB.Id);
    }

    [Test]
    public async Task ShouldAcknowledgeOnlyOwnPendingCommandsAndIgnoreRepeats()
    {
        var (store, serverA, serverB) = await StoreWithTwoServersAsync();
        var orderId = Guid.CreateVersion7();
        var now = DateTime.UtcNow;
        var a1 = Queue(store, serverA.Id, orderId, 0, "cmd 1", now);
        var a2 = Queue(store, serverA.Id, orderId, 1, "cmd 2", now);
        var a3 = Queue(store, serverA.Id, orderId, 2, "cmd 3", now);
        var b1 = Queue(store, serverB.Id, orderId, 3, "cmd b", now);
        await InsertAsync(a1, a2, a3, b1);
        var pluginA = Factory.WithServerKey(serverA.Key);
        var pluginB = Factory.WithServerKey(serverB.Key);

        var first = await ReadAsync<AcknowledgeResultDto>(await pluginA.PostAsJsonAsync(Ack, new { ids = new[] { a1.Id, a2.Id } }));
        first.Acknowledged.Should().Be(2);
        (await ReadAsync<List<PluginCommandDto>>(await pluginA.GetAsync(Commands))).Select(c => c.Id).Should().Equal(a3.Id);

        var again = await ReadAsync<AcknowledgeResultDto>(await pluginA.PostAsJsonAsync(Ack, new { ids = new[] { a1.Id, a2.Id, a2.Id } }));
        again.Acknowledged.Should().Be(0, "acknowledging twice is harmless");

        var foreign = await ReadAsync<AcknowledgeResultDto>(await pluginA.PostAsJsonAsync(Ack, new { ids = new[] { b1.Id, Guid.NewGuid() } }));
        foreign.Acknowledged.Should().Be(0, "another server's ids and unknown ids are ignored");
        (await ReadAsync<List<PluginCommandDto>>(await pluginB.GetAsync(Commands))).Select(c => c.Id).Should().Equal(b1.Id);

        var executed = await Factory.WithDbAsync(db => db.PendingCommands.AsNoTracking()
            .Where(c => c.OrderId == orderId)
            .ToDictionaryAsync(c => c.Id, c => c.ExecutedAt));
        executed[a1.Id].Should().NotBeNull();
        executed[a2.Id].Should().NotBeNull();
        executed[a3.Id].Should().BeNull();
        executed[b1.Id].Should().BeNull();
        executed[a1.Id]!.Value.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));

        (await ReadAsync<AcknowledgeResultDto>(await pluginA.PostAsJsonAsync(Ack, new { ids = Array.Empty<Guid>() }))).Acknowledged.Should().Be(0);
        await ReadErrorAsync(await pluginA.PostAsync(Ack, RawJson("{}")), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await pluginA.PostAsync(Ack, RawJson("""{"ids": ["not-a-guid"]}""")), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await pluginA.PostAsync(Ack, RawJson("""{"ids": [], "all": true}""")), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await pluginA.PostAsJsonAsync(Ack, new { ids = Enumerable.Range(0, 501).Select(_ => Guid.NewGuid()) }), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldServeAtMostOneHundredCommandsPerCall()
    {
        var (store, serverA, _) = await StoreWithTwoServersAsync();
        var orderId = Guid.CreateVersion7();
        var t0 = DateTime.UtcNow.AddHours(-1);
        await InsertAsync(Enumerable.Range(0, 105).Select(i => Queue(store, serverA.Id, orderId, i, $"cmd {i}", t0.AddSeconds(i))).ToArray());
        var plugin = Factory.WithServerKey(serverA.Key);

        var batch = await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands));
        batch.Should().HaveCount(100);
        batch.Select(c => c.Command).Should().Equal(Enumerable.Range(0, 100).Select(i => $"cmd {i}"));

        (await ReadAsync<AcknowledgeResultDto>(await plugin.PostAsJsonAsync(Ack, new { ids = batch.Select(c => c.Id) }))).Acknowledged.Should().Be(100);
        (await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync(Commands))).Select(c => c.Command)
            .Should().Equal(Enumerable.Range(100, 5).Select(i => $"cmd {i}"));
    }

    [Test]
    public async Task ShouldRefuseMissingBadAndRetiredServerKeys()
    {
        var (store, serverA, _) = await StoreWithTwoServersAsync();
        var setup = await NewStoreWithKeyAsync();

        await ReadErrorAsync(await Anonymous().GetAsync(Commands), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await Factory.WithServerKey("fsk_" + new string('a', 40)).GetAsync(Commands), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await Factory.WithServerKey(serverA.Key + "x").GetAsync(Commands), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await Factory.WithServerKey(serverA.Key.ToUpperInvariant()).GetAsync(Commands), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await setup.Api.GetAsync(Commands), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await setup.Owner.Client.GetAsync(Commands), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await Factory.WithServerKey("fsk_" + new string('a', 40)).PostAsJsonAsync(Ack, new { ids = Array.Empty<Guid>() }), HttpStatusCode.Unauthorized);

        var regenerated = await ReadAsync<GameServerCreatedDto>(await store.Owner.Client.PostAsync($"/api/stores/{store.StoreId}/servers/{serverA.Id}/regenerate-key", null));
        await ReadErrorAsync(await Factory.WithServerKey(serverA.Key).GetAsync(Commands), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await Factory.WithServerKey(serverA.Key).PostAsJsonAsync(Ack, new { ids = Array.Empty<Guid>() }), HttpStatusCode.Unauthorized);
        (await Factory.WithServerKey(regenerated.Key).GetAsync(Commands)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldDeliverCommandsQueuedForAPurchaseInPackageOrder()
    {
        var setup = await NewStoreWithKeyAsync();
        var lobby = await ReadAsync<GameServerCreatedDto>(await setup.Owner.CreateServerAsync(setup.Store.Id, "Lobby"));
        var survival = await ReadAsync<GameServerCreatedDto>(await setup.Owner.CreateServerAsync(setup.Store.Id, "Survival"));
        var package = await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new
        {
            name = "VIP Rank",
            price = 9.99m,
            serverIds = new[] { lobby.Id, survival.Id },
            commands = new object[]
            {
                new { stage = "purchase", content = "lp user {username} parent add vip", onlineOnly = false },
                new { stage = "expiry", content = "lp user {username} parent remove vip", onlineOnly = false },
                new { stage = "purchase", content = "give {username} diamond {quantity}", onlineOnly = true, serverIds = new[] { survival.Id } },
                new { stage = "purchase", content = "say {username} ({uuid}) bought {packageName} in {orderId}", onlineOnly = false },
            },
        }));
        var orderId = Guid.CreateVersion7();
        const string uuid = "069a79f4-44e9-4726-a5be-fca90e38aaf5";

        var queued = await Factory.WithDbAsync(async db =>
        {
            var loaded = await db.Packages.Include(p => p.Commands).Include(p => p.Servers).SingleAsync(p => p.Id == package.Id);
            var count = CommandQueue.QueuePurchaseCommands(db, setup.Store.Id, orderId, loaded, null, "Steve", uuid, 3, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return count;
        });

        queued.Should().Be(5);
        var onSurvival = await ReadAsync<List<PluginCommandDto>>(await Factory.WithServerKey(survival.Key).GetAsync(Commands));
        onSurvival.Select(c => c.Command).Should().Equal(
            "lp user Steve parent add vip",
            "give Steve diamond 3",
            $"say Steve ({uuid}) bought VIP Rank in {orderId}");
        onSurvival.Should().OnlyContain(c => c.OrderId == orderId && c.PlayerUsername == "Steve" && c.PlayerUuid == uuid);
        onSurvival[1].OnlineOnly.Should().BeTrue();
        var onLobby = await ReadAsync<List<PluginCommandDto>>(await Factory.WithServerKey(lobby.Key).GetAsync(Commands));
        onLobby.Select(c => c.Command).Should().Equal("lp user Steve parent add vip", $"say Steve ({uuid}) bought VIP Rank in {orderId}");

        // Deleting a server drops its queue; the other server's queue is untouched.
        (await setup.Owner.Client.DeleteAsync($"/api/stores/{setup.Store.Id}/servers/{lobby.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var remaining = await Factory.WithDbAsync(db => db.PendingCommands.CountAsync(c => c.OrderId == orderId));
        remaining.Should().Be(3);
    }

    private async Task<(StoreRef Store, GameServerCreatedDto A, GameServerCreatedDto B)> StoreWithTwoServersAsync()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var a = await ReadAsync<GameServerCreatedDto>(await owner.CreateServerAsync(store.Id, "A"));
        var b = await ReadAsync<GameServerCreatedDto>(await owner.CreateServerAsync(store.Id, "B"));
        return (new StoreRef(owner, store.Id), a, b);
    }

    private static PendingCommand Queue(
        StoreRef store, Guid serverId, Guid orderId, int sequence, string command, DateTime createdAt, string? uuid = null, bool onlineOnly = false) =>
        new(store.StoreId, serverId, orderId, sequence, command, "Steve", uuid, onlineOnly, createdAt);

    private Task InsertAsync(params PendingCommand[] commands) =>
        Factory.WithDbAsync(async db =>
        {
            db.PendingCommands.AddRange(commands);
            await db.SaveChangesAsync();
        });

    private sealed record StoreRef(DashboardUser Owner, Guid StoreId);
}
