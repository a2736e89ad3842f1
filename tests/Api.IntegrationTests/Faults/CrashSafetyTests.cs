using System.Collections.Concurrent;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Faults;

/// <summary>
/// <c>kill -9</c> of the API (the built DLL as a child process) in the middle of a burst of 200 concurrent manual
/// orders, then a restart on the same database: every order answered 200 is there, and every order that is there is
/// whole — its item, its queued commands, its customer's totals and the coupon's use count agree.
/// </summary>
[Category("Faults")]
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class CrashSafetyTests(string provider)
{
    private const int Burst = 200;
    private const int KillAfterAnswers = 15;

    [Test]
    public async Task AKillDuringABurstOfOrdersShouldLoseNoAnsweredOrderAndLeaveNoPartialOne()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var keysPath = Path.Combine(Path.GetTempPath(), $"fluxstore-crash-keys-{Guid.NewGuid():N}");
        FaultStore store;
        var answered = new ConcurrentDictionary<Guid, long>();
        var failures = new ConcurrentBag<string>();
        var killed = 0;
        await using (var api = ApiProcess.Start(provider, database.ConnectionString, keysPath))
        {
            await api.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
            store = await FaultTestKit.SeedAsync(() => api.Client());

            var client = api.Client(store.ApiKey);
            var burst = Enumerable.Range(0, Burst).Select(async n =>
            {
                try
                {
                    var response = await client.PostAsJsonAsync("/api/v1/orders", FaultTestKit.Order(store.PackageId, n));
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        var order = JsonDocument.Parse(body).RootElement.GetProperty("data");
                        answered[order.GetProperty("id").GetGuid()] = (long)(order.GetProperty("totalAmount").GetDecimal() * 100);
                        // Killed from the answer that reaches the threshold, not from a polling loop that a busy
                        // machine can starve until the burst is over.
                        if (answered.Count >= KillAfterAnswers && Interlocked.Exchange(ref killed, 1) == 0)
                        {
                            api.Kill();
                        }
                    }
                    else if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
                    {
                        failures.Add($"{(int)response.StatusCode}: {body}");
                    }
                }
                catch (HttpRequestException)
                {
                    // Cut by the kill: the client cannot know whether the order committed (it is checked below either way).
                }
                catch (TaskCanceledException)
                {
                }
            }).ToList();

            await Eventually.Until(
                () => answered.Count >= KillAfterAnswers || burst.All(t => t.IsCompleted), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(20));

            if (Interlocked.Exchange(ref killed, 1) == 0)
            {
                api.Kill();
            }

            await Task.WhenAll(burst);
        }

        failures.Should().BeEmpty("before the kill an order is either created or refused as unavailable");
        answered.Count.Should().BeGreaterThan(0, "some orders were answered before the kill").And.BeLessThan(Burst, "the kill came mid-burst");

        await using var restarted = ApiProcess.Start(provider, database.ConnectionString, keysPath);
        await restarted.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        var reader = restarted.Client(store.ApiKey);
        foreach (var (id, totalCents) in answered)
        {
            var order = await FaultTestKit.DataAsync(await reader.GetAsync($"/api/v1/orders/{id}"));
            ((long)(order.GetProperty("totalAmount").GetDecimal() * 100)).Should().Be(totalCents);
            order.GetProperty("items").GetArrayLength().Should().Be(1);
        }

        var options = new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(provider), ConnectionString = database.ConnectionString };
        await using var db = options.CreateContext();
        var orders = await db.Orders.AsNoTracking().Where(o => o.StoreId == store.StoreId).Include(o => o.Items).ToListAsync();
        orders.Select(o => o.Id).Should().Contain(answered.Keys, "every order answered 200 survived the kill");
        var commands = await db.PendingCommands.AsNoTracking().Where(c => c.StoreId == store.StoreId).ToListAsync();
        commands.Should().OnlyContain(c => orders.Any(o => o.Id == c.OrderId), "no command is queued for an order that does not exist");
        foreach (var order in orders)
        {
            order.Items.Should().ContainSingle().Which.Quantity.Should().Be(1);
            commands.Count(c => c.OrderId == order.Id && c.Stage == CommandStage.Purchase).Should().Be(2, "order {0} queued both commands", order.Id);
        }

        var customers = await db.Customers.AsNoTracking().Where(c => c.StoreId == store.StoreId).ToListAsync();
        customers.Sum(c => c.OrderCount).Should().Be(orders.Count);
        foreach (var customer in customers)
        {
            var theirs = orders.Where(o => o.CustomerId == customer.Id).ToList();
            customer.OrderCount.Should().Be(theirs.Count, "{0}'s order count matches their orders", customer.PlayerUsername);
            customer.TotalSpentCents.Should().Be(theirs.Sum(o => o.TotalAmountCents), "{0}'s total matches their orders", customer.PlayerUsername);
        }

        var coupon = await db.Coupons.AsNoTracking().SingleAsync(c => c.Id == store.CouponId);
        coupon.UsedCount.Should().Be(orders.Count(o => o.CouponId == store.CouponId), "the coupon counts exactly the orders that used it");
        TestContext.Out.WriteLine($"{provider}: {answered.Count} answered before the kill, {orders.Count} orders committed of {Burst}");

        try
        {
            Directory.Delete(keysPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
