using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Faults;

/// <summary>
/// <c>kill -9</c> of the API (the built DLL as a child process) while its sweeper is ending subscriptions, then a
/// restart on the same database: every due subscription ends, each with exactly one expiry command and one
/// <c>subscription.expired</c> outbox row — none lost, none doubled.
/// </summary>
[Category("Faults")]
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class SubscriptionSweepCrashTests(string provider)
{
    private const int Due = 1500;

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["FluxStore:Subscriptions:SweepInterval"] = "00:00:00.100",
        ["FluxStore:Subscriptions:SweepBatchSize"] = "100",
        ["FluxStore:Webhooks:AllowPrivateTargets"] = "true",
    };

    [Test]
    public async Task AKillMidSweepShouldNeitherLoseNorDoubleAnExpiry()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var keysPath = Path.Combine(Path.GetTempPath(), $"fluxstore-crash-keys-{Guid.NewGuid():N}");
        var options = new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(provider), ConnectionString = database.ConnectionString };
        Guid storeId;
        int expiredAtKill;
        await using (var api = ApiProcess.Start(provider, database.ConnectionString, keysPath, Settings))
        {
            await api.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
            var store = await FaultTestKit.SeedAsync(() => api.Client());
            storeId = store.StoreId;
            var client = api.Client(store.ApiKey);
            var serverId = (await FaultTestKit.DataAsync(await client.GetAsync($"/api/v1/packages/{store.PackageId}"))).GetProperty("serverIds")[0].GetGuid();
            var package = await FaultTestKit.DataAsync(await client.PostAsJsonAsync("/api/v1/packages", new
            {
                name = "Monthly VIP",
                price = 5.00m,
                isActive = true,
                serverIds = new[] { serverId },
                isSubscription = true,
                subscriptionInterval = new { value = 1, unit = "month" },
                commands = new[] { new { stage = "expiry", content = "lp user {username} parent remove vip", onlineOnly = false } },
            }));
            var packageId = package.GetProperty("id").GetGuid();
            var order = await FaultTestKit.DataAsync(await client.PostAsJsonAsync("/api/v1/orders", new
            {
                playerUsername = "Seed",
                items = new[] { new { packageId, quantity = 1 } },
            }));
            var orderId = order.GetProperty("id").GetGuid();
            var itemId = order.GetProperty("items")[0].GetProperty("id").GetGuid();

            // Many more subscriptions of that purchase, all a month past their end: written straight to the database.
            await using (var db = options.CreateContext())
            {
                var customerId = await db.Orders.Where(o => o.Id == orderId).Select(o => o.CustomerId).SingleAsync();
                var started = DateTime.UtcNow.AddMonths(-2);
                db.Subscriptions.AddRange(Enumerable.Range(0, Due - 1).Select(n =>
                    new Subscription(storeId, customerId, orderId, $"Player{n}", null, packageId, "Monthly VIP", 1, IntervalUnit.Month, started).BoughtBy(itemId)));
                await db.SaveChangesAsync();
                await db.Subscriptions.Where(s => s.StoreId == storeId).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.CurrentPeriodEnd, started.AddMonths(1))
                    .SetProperty(x => x.GraceEndsAt, started.AddMonths(1)));
            }

            // The sweeper picks them up on its next tick; kill it once it has ended some.
            await using (var db = options.CreateContext())
            {
                expiredAtKill = await Eventually.Until(
                    () => db.Subscriptions.CountAsync(s => s.StoreId == storeId && s.Status == SubscriptionStatus.Expired),
                    expired => expired >= 20,
                    TimeSpan.FromSeconds(60),
                    TimeSpan.FromMilliseconds(10));
            }

            api.Kill();
        }

        expiredAtKill.Should().BeGreaterThan(0, "the sweeper had started");
        await using (var db = options.CreateContext())
        {
            var expired = await db.Subscriptions.CountAsync(s => s.StoreId == storeId && s.Status == SubscriptionStatus.Expired);
            expired.Should().BeLessThan(Due, "the kill came mid-sweep");
            TestContext.Out.WriteLine($"{provider}: {expired} of {Due} expired when the API was killed");
        }

        await using (var restarted = ApiProcess.Start(provider, database.ConnectionString, keysPath, Settings))
        {
            await restarted.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
            await using var db = options.CreateContext();
            await Eventually.Until(
                async () => !await db.Subscriptions.AnyAsync(s => s.StoreId == storeId && s.Status == SubscriptionStatus.Active),
                TimeSpan.FromSeconds(120),
                TimeSpan.FromMilliseconds(100));
        }

        await using (var db = options.CreateContext())
        {
            (await db.Subscriptions.CountAsync(s => s.StoreId == storeId && s.Status == SubscriptionStatus.Expired)).Should().Be(Due);
            var expiry = await db.PendingCommands.AsNoTracking()
                .Where(c => c.StoreId == storeId && c.Stage == CommandStage.Expiry)
                .Select(c => c.PlayerUsername)
                .ToListAsync();
            expiry.Should().HaveCount(Due).And.OnlyHaveUniqueItems("each subscription queued its expiry command exactly once");
        }

        try
        {
            Directory.Delete(keysPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
