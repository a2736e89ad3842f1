using FluxStore.Management.Api.IntegrationTests.Infrastructure;
using FluxStore.Management.Application.Bans;
using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Customers;
using FluxStore.Management.Application.GiftCards;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Subscriptions;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Infrastructure.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.StoreApi;

/// <summary>
/// Issue #21: the spec form's <c>total</c> comes from per-store counts kept by database triggers; after any mix of
/// writes (over HTTP, by the sweeper, by raw SQL as set-based paths do) each count equals <c>COUNT(*)</c> of its rows,
/// and so does every <c>total</c> the lists answer. <c>skip</c> is bounded by <c>FluxStore:Paging:MaxSkip</c>.
/// </summary>
public sealed class StoreCountsTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:Subscriptions:SweepInterval"] = "01:00:00",
        ["FluxStore:Paging:MaxSkip"] = "50",
        ["FluxStore:RateLimit:PermitLimit"] = "1000", // the mixed sequence sends more than the spec's 30 a minute on one key
    };

    [Test]
    public async Task CountsAndTotalsShouldEqualCountStarAfterAMixOfCreatesRefundsDeletesExpiriesCancelsAndConcurrentOrders()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = await NewStoreWithKeyAsync();
        var server = await ServerAsync(setup);
        var rank = await PackageAsync(setup.Api, name: "Rank", serverIds: [server.Id]);
        var monthly = await PackageAsync(setup.Api, name: "Monthly", serverIds: [server.Id], subscriptionInterval: new { value = 1, unit = "month" });
        var otherPackage = await PackageAsync(other.Api, name: "Elsewhere");
        await ShouldMatchAsync(setup);

        // Creates, one after another: new and returning customers, orders and subscriptions; another store's too.
        var orders = new List<OrderDto>();
        for (var i = 0; i < 6; i++)
        {
            orders.Add(await OrderAsync(setup.Api, $"Player{i % 4}", rank.Id));
        }

        for (var i = 0; i < 4; i++)
        {
            await OrderAsync(setup.Api, $"Subscriber{i}", monthly.Id);
        }

        await OrderAsync(other.Api, "Player0", otherPackage.Id);
        await ShouldMatchAsync(setup);

        // Concurrent orders, some by the same new player (one customer row, created once).
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => PostOrderAsync(setup.Api, $"Rush{i % 5}", rank.Id)));
        concurrent.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        await ShouldMatchAsync(setup);

        // Refunds move orders from Paid to Refunded.
        await DataAsync<OrderDto>(await setup.Api.PostAsync($"/api/v1/orders/{orders[0].Id}/refund", null));
        await DataAsync<OrderDto>(await setup.Api.PostAsync($"/api/v1/orders/{orders[3].Id}/refund", null));

        // Bans, coupons and gift cards: created, then one of each deleted.
        var bans = new List<BanDto>();
        foreach (var name in new[] { "Griefer", "Spammer", "Cheater" })
        {
            bans.Add(await ReadAsync<BanDto>(await setup.Api.PostAsJsonAsync("/api/v1/bans", new { playerUsername = name })));
        }

        var coupons = new[] { await CouponAsync(setup.Api, new { code = "TEN", discountType = "percentage", discountValue = 10 }), await CouponAsync(setup.Api, new { code = "TWENTY", discountType = "percentage", discountValue = 20 }) };
        var cards = new List<GiftCardDto>();
        for (var i = 0; i < 3; i++)
        {
            cards.Add(await ReadAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", new { amount = 5m })));
        }

        await ShouldMatchAsync(setup);
        (await setup.Api.DeleteAsync($"/api/v1/bans/{bans[1].Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await setup.Api.DeleteAsync($"/api/v1/coupons/{coupons[0]}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await setup.Api.DeleteAsync($"/api/v1/gift-cards/{cards[2].Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await ShouldMatchAsync(setup);

        // Subscriptions: one cancelled now, then the sweeper expires the rest a period later.
        var subscriptions = (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions?take=100")).Items;
        await ReadAsync<SubscriptionDto>(await setup.Owner.Client.PostAsJsonAsync(
            $"/api/stores/{setup.Store.Id}/subscriptions/{subscriptions[0].Id}/cancel", new { atPeriodEnd = false }));
        await ShouldMatchAsync(setup);
        _clock.Set(subscriptions.Max(s => s.CurrentPeriodEnd).AddDays(1));
        (await Factory.Services.GetRequiredService<SubscriptionSweeper>().SweepAsync(CancellationToken.None)).Should().Be(subscriptions.Count - 1);
        await ShouldMatchAsync(setup);

        // Writes that bypass EF's change tracker (as set-based paths do): status changes and deletes of many rows at once.
        await OrderAsync(setup.Api, "Late", monthly.Id);
        await WithDbAsync(async db =>
        {
            await db.Subscriptions.Where(s => s.StoreId == setup.Store.Id && s.Status == SubscriptionStatus.Active)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SubscriptionStatus.Expired));
            await db.Orders.Where(o => o.StoreId == setup.Store.Id && o.Status == OrderStatus.Paid && o.PlayerUsername == "Rush1")
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, OrderStatus.Cancelled));
            await db.Orders.Where(o => o.StoreId == setup.Store.Id && o.PlayerUsername == "Player3").ExecuteDeleteAsync();
            await db.Bans.Where(b => b.StoreId == setup.Store.Id).ExecuteDeleteAsync();
        });
        await ShouldMatchAsync(setup);
        await ShouldMatchAsync(other);
    }

    [Test]
    public async Task ASkipBeyondMaxSkipShouldBeRefusedNamingTheCursorForm()
    {
        var setup = await NewStoreWithKeyAsync();
        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders?skip=50&take=20")).Total.Should().Be(0);
        foreach (var list in new[] { "orders", "customers", "subscriptions", "bans", "coupons", "gift-cards" })
        {
            var errors = await BadRequestAsync(await setup.Api.GetAsync($"/api/v1/{list}?skip=51&take=20"));
            errors.Should().Contain("'skip' must be at most 50").And.Contain("'limit'").And.Contain("'after'");
        }
    }

    /// <summary>Every kept count equals COUNT(*) of its rows, and every list's total (no filter, or only status) equals it too.</summary>
    private async Task ShouldMatchAsync(StoreSetup setup)
    {
        var storeId = setup.Store.Id;
        Dictionary<string, long> kept = [];
        Dictionary<string, long> actual = [];
        await WithDbAsync(async db =>
        {
            kept = await db.StoreCounts.AsNoTracking().Where(c => c.StoreId == storeId) // a kind's count is the sum of its slots
                .GroupBy(c => c.Name).Select(g => new { g.Key, N = g.Sum(c => c.Count) }).ToDictionaryAsync(g => g.Key, g => g.N);
            foreach (var group in await db.Orders.Where(o => o.StoreId == storeId).GroupBy(o => o.Status).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync())
            {
                actual[StoreCount.Orders(group.Key)] = group.N;
            }

            foreach (var group in await db.Subscriptions.Where(s => s.StoreId == storeId).GroupBy(s => s.Status).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync())
            {
                actual[StoreCount.Subscriptions(group.Key)] = group.N;
            }

            actual[StoreCount.Customers] = await db.Customers.LongCountAsync(c => c.StoreId == storeId);
            actual[StoreCount.Bans] = await db.Bans.LongCountAsync(b => b.StoreId == storeId);
            actual[StoreCount.Coupons] = await db.Coupons.LongCountAsync(c => c.StoreId == storeId);
            actual[StoreCount.GiftCards] = await db.GiftCards.LongCountAsync(g => g.StoreId == storeId);
        });
        kept.Where(k => k.Value != 0).Should().BeEquivalentTo(actual.Where(a => a.Value != 0), "the kept counts must equal COUNT(*) of their rows");

        long Actual(string name) => actual.GetValueOrDefault(name);
        long AllOf(string prefix) => actual.Where(a => a.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(a => a.Value);
        async Task<int?> TotalAsync(string url) => (await DataAsync<PagedResult<JsonElement>>(await setup.Api.GetAsync(url))).Total;

        (await TotalAsync("/api/v1/orders?take=1")).Should().Be((int)AllOf(StoreCount.OrdersPrefix));
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            (await TotalAsync($"/api/v1/orders?status={status.ToString().ToLowerInvariant()}&take=1")).Should().Be((int)Actual(StoreCount.Orders(status)), "orders {0}", status);
        }

        (await TotalAsync("/api/v1/subscriptions?take=1")).Should().Be((int)AllOf(StoreCount.SubscriptionsPrefix));
        foreach (var status in Enum.GetValues<SubscriptionStatus>())
        {
            (await TotalAsync($"/api/v1/subscriptions?status={status.ToString().ToLowerInvariant()}&take=1")).Should().Be((int)Actual(StoreCount.Subscriptions(status)), "subscriptions {0}", status);
        }

        (await TotalAsync("/api/v1/customers?take=1")).Should().Be((int)Actual(StoreCount.Customers));
        (await TotalAsync("/api/v1/bans?take=1")).Should().Be((int)Actual(StoreCount.Bans));
        (await TotalAsync("/api/v1/coupons?take=1")).Should().Be((int)Actual(StoreCount.Coupons));
        (await TotalAsync("/api/v1/gift-cards?take=1")).Should().Be((int)Actual(StoreCount.GiftCards));
    }
}
