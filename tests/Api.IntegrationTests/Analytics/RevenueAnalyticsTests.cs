using FluxStore.Management.Application.Analytics;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Domain.Analytics;
using FluxStore.Management.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Analytics;

/// <summary>
/// <c>GET /api/v1/analytics/revenue</c> and its dashboard twin: buckets follow the IANA zone asked for (a day boundary
/// in Pacific/Auckland and across the US DST change in America/Los_Angeles), a refund lowers net revenue in the bucket
/// it was made in, the rollup written with each order equals a recount from the orders after concurrent orders, and bad
/// input is a 400 in the wrapper. Orders are placed over HTTP at instants set on the API's clock.
/// </summary>
public sealed class RevenueAnalyticsTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    [Test]
    public async Task ADayInPacificAucklandShouldEndAtItsLocalMidnightNotAtUtcMidnight()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, name: "Rank", price: 5.00m);

        // NZDT (+13): 10:50Z is 23:50 on 10 January there, 11:05Z is 00:05 on the 11th; both are 10 January in UTC.
        await OrderAtAsync(setup, "2026-01-10T10:50:00Z", "Alex", package.Id);
        await OrderAtAsync(setup, "2026-01-10T11:05:00Z", "Sam", package.Id, quantity: 2);

        var auckland = await RevenueAsync(setup.Api, "from=2026-01-10&to=2026-01-11&timeZone=Pacific/Auckland");
        auckland.Buckets.Select(b => b.Start).Should().Equal(
            DateTimeOffset.Parse("2026-01-10T00:00:00+13:00"), DateTimeOffset.Parse("2026-01-11T00:00:00+13:00"));
        auckland.Buckets.Select(b => b.Orders).Should().Equal(1, 1);
        auckland.Buckets.Select(b => b.Gross).Should().Equal(5.00m, 10.00m);
        auckland.Buckets.Select(b => b.NewCustomers).Should().Equal(1, 1);

        var utc = await RevenueAsync(setup.Api, "from=2026-01-10&to=2026-01-11");
        utc.Buckets.Select(b => b.Orders).Should().Equal(2, 0);
        utc.Buckets[0].Start.Should().Be(DateTimeOffset.Parse("2026-01-10T00:00:00Z"));
        utc.Totals.Gross.Should().Be(15.00m);
        utc.Currency.Should().Be(setup.Store.Currency);
    }

    [Test]
    public async Task ADayInAmericaLosAngelesShouldFollowTheDaylightSavingChange()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 1.00m);

        // 8 March 2026 is 23 hours long there: it starts at 08:00Z (PST, -8) and ends at 07:00Z on the 9th (PDT, -7).
        await OrderAtAsync(setup, "2026-03-08T07:55:00Z", "Early", package.Id);  // 23:55 on the 7th (PST)
        await OrderAtAsync(setup, "2026-03-09T06:50:00Z", "Late", package.Id);   // 23:50 on the 8th (PDT); 22:50 at a fixed -8
        await OrderAtAsync(setup, "2026-03-09T07:05:00Z", "Next", package.Id);   // 00:05 on the 9th (PDT); still the 8th at -8

        var revenue = await RevenueAsync(setup.Api, "from=2026-03-07&to=2026-03-09&interval=day&timeZone=America/Los_Angeles");

        revenue.Buckets.Select(b => b.Start).Should().Equal(
            DateTimeOffset.Parse("2026-03-07T00:00:00-08:00"),
            DateTimeOffset.Parse("2026-03-08T00:00:00-08:00"),
            DateTimeOffset.Parse("2026-03-09T00:00:00-07:00"));
        revenue.Buckets.Select(b => b.Orders).Should().Equal(1, 1, 1);
        revenue.Totals.Orders.Should().Be(3);
    }

    [Test]
    public async Task ARefundShouldLowerNetRevenueInTheBucketOfTheRefundNotOfTheOrder()
    {
        var setup = await NewStoreWithKeyAsync();
        var sword = await PackageAsync(setup.Api, name: "Sword", price: 4.00m);
        var rank = await PackageAsync(setup.Api, name: "Rank", price: 6.00m);

        _clock.Set(DateTimeOffset.Parse("2026-05-04T12:00:00Z")); // a Monday
        var order = await DataAsync<OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = "Steve",
            items = new[] { new { packageId = sword.Id, quantity = 2 }, new { packageId = rank.Id, quantity = 1 } },
        }));
        order.TotalAmount.Should().Be(14.00m);

        _clock.Set(DateTimeOffset.Parse("2026-05-06T09:00:00Z"));
        await OrderAtAsync(setup, "2026-05-06T09:00:00Z", "Steve", rank.Id); // a known customer: not new
        var swordItem = order.Items.Single(i => i.PackageId == sword.Id);
        await DataAsync<OrderDto>(await setup.Api.PostAsJsonAsync($"/api/v1/orders/{order.Id}/refund", new { itemIds = new[] { swordItem.Id } }));

        var revenue = await RevenueAsync(setup.Api, "from=2026-05-04&to=2026-05-06");
        revenue.Buckets.Select(b => (b.Gross, b.Refunded, b.Net, b.Orders, b.NewCustomers)).Should().Equal(
            (14.00m, 0m, 14.00m, 1L, 1L),
            (0m, 0m, 0m, 0L, 0L),
            (6.00m, 8.00m, -2.00m, 1L, 0L));
        revenue.Totals.Should().BeEquivalentTo(new RevenueTotalsDto { Gross = 20.00m, Refunded = 8.00m, Net = 12.00m, Orders = 2, NewCustomers = 1 });
        revenue.TopPackages.Select(p => (p.PackageName, p.Net, p.Units)).Should().Equal(("Rank", 12.00m, 2L), ("Sword", 0m, 0L));

        // Only the refund's day: the refund stands alone there, and the sword's top-package line is negative.
        var refundDay = await RevenueAsync(setup.Api, "from=2026-05-06&to=2026-05-06");
        refundDay.TopPackages.Select(p => (p.PackageName, p.Net, p.Units)).Should().Equal(("Rank", 6.00m, 1L), ("Sword", -8.00m, -2L));

        // The same week, by week (weeks start on Monday) and by month, and on the dashboard surface.
        var weekly = await DataAsync<RevenueAnalyticsDto>(await setup.Owner.Client.GetAsync(
            $"/api/stores/{setup.Store.Id}/analytics/revenue?from=2026-05-01&to=2026-05-10&interval=week"));
        weekly.Buckets.Select(b => b.Start.Date).Should().Equal(new DateTime(2026, 5, 1), new DateTime(2026, 5, 4));
        weekly.Buckets.Select(b => b.Net).Should().Equal(0m, 12.00m);
        var monthly = await RevenueAsync(setup.Api, "from=2026-04-20&to=2026-06-02&interval=month");
        monthly.Buckets.Select(b => b.Start.Date).Should().Equal(new DateTime(2026, 4, 20), new DateTime(2026, 5, 1), new DateTime(2026, 6, 1));
        monthly.Buckets.Select(b => b.Net).Should().Equal(0m, 12.00m, 0m);
    }

    [Test]
    public async Task TheRollupShouldEqualARecountFromTheOrdersAfterConcurrentOrdersAndRefunds()
    {
        var setup = await NewStoreWithKeyAsync();
        var cheap = await PackageAsync(setup.Api, name: "Cheap", price: 1.25m);
        var dear = await PackageAsync(setup.Api, name: "Dear", price: 7.00m);
        _clock.Set(DateTimeOffset.Parse("2026-07-01T10:14:00Z"));

        // 24 orders at once, in one quarter hour: 8 players twice (new, then known), 8 once; two packages each.
        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => WithKey(setup.Key.Key).PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = $"Player{i % 16}",
            items = new[] { new { packageId = cheap.Id, quantity = 1 + (i % 3) }, new { packageId = dear.Id, quantity = 1 } },
        })));
        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var orders = new List<OrderDto>();
        foreach (var response in responses)
        {
            orders.Add(await DataAsync<OrderDto>(response));
        }

        // Then 6 concurrent refunds (of the cheap item) in the next slot.
        _clock.Set(DateTimeOffset.Parse("2026-07-01T10:16:00Z"));
        var refunds = await Task.WhenAll(orders.Take(6).Select(o => WithKey(setup.Key.Key).PostAsJsonAsync(
            $"/api/v1/orders/{o.Id}/refund", new { itemIds = new[] { o.Items.Single(i => i.PackageId == cheap.Id).Id } })));
        refunds.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);

        await WithDbAsync(async db =>
        {
            var storeId = setup.Store.Id;
            var stored = await db.Orders.AsNoTracking().Where(o => o.StoreId == storeId).ToListAsync();
            var storedRefunds = await db.OrderRefunds.AsNoTracking().Where(r => r.StoreId == storeId).ToListAsync();
            var firsts = stored.GroupBy(o => o.CustomerId).Select(g => g.Min(o => o.CreatedAt)).ToList();
            var slots = await db.RevenueSlots.AsNoTracking().Where(r => r.StoreId == storeId).ToListAsync();

            slots.Select(s => s.Slot).Should().BeEquivalentTo(new[]
            {
                RevenueSlot.Of(new DateTime(2026, 7, 1, 10, 14, 0, DateTimeKind.Utc)),
                RevenueSlot.Of(new DateTime(2026, 7, 1, 10, 16, 0, DateTimeKind.Utc)),
            });
            foreach (var slot in slots)
            {
                var inSlot = stored.Where(o => RevenueSlot.Of(o.CreatedAt) == slot.Slot).ToList();
                slot.Orders.Should().Be(inSlot.Count);
                slot.GrossCents.Should().Be(inSlot.Sum(o => o.TotalAmountCents));
                slot.RefundedCents.Should().Be(storedRefunds.Where(r => RevenueSlot.Of(r.CreatedAt) == slot.Slot).Sum(r => r.AmountCents));
                slot.NewCustomers.Should().Be(firsts.Count(f => RevenueSlot.Of(f) == slot.Slot));
            }

            slots.Sum(s => s.Orders).Should().Be(24);
            slots.Sum(s => s.NewCustomers).Should().Be(16);
            slots.Sum(s => s.RefundedCents).Should().Be(storedRefunds.Sum(r => r.AmountCents)).And.BeGreaterThan(0);

            // Per package, the day rows and the quarter-hour rows each add up to the items less their refunds.
            var items = await db.OrderItems.AsNoTracking().Where(i => stored.Select(o => o.Id).Contains(i.OrderId)).ToListAsync();
            var packages = await db.PackageRevenueSlots.AsNoTracking().Where(r => r.StoreId == storeId).ToListAsync();
            foreach (var span in new[] { PackageRevenueSlot.QuarterHour, PackageRevenueSlot.Day })
            {
                foreach (var package in new[] { cheap.Id, dear.Id })
                {
                    var rows = packages.Where(r => r.Span == span && r.PackageId == package).ToList();
                    var bought = items.Where(i => i.PackageId == package).ToList();
                    rows.Sum(r => r.Units).Should().Be(bought.Sum(i => i.Quantity) - bought.Where(i => i.RefundId != null).Sum(i => i.Quantity));
                    rows.Sum(r => r.NetCents).Should().Be(bought.Sum(i => i.LineTotalCents) - bought.Where(i => i.RefundId != null).Sum(i => i.LineTotalCents));
                }
            }
        });

        var revenue = await RevenueAsync(setup.Api, "from=2026-07-01&to=2026-07-01&timeZone=Europe/Berlin");
        revenue.Totals.Orders.Should().Be(24);
        revenue.Totals.NewCustomers.Should().Be(16);
        revenue.Totals.Gross.Should().Be(orders.Sum(o => o.TotalAmount));
        revenue.Totals.Net.Should().Be(orders.Sum(o => o.TotalAmount) - 6 * 0m - revenue.Totals.Refunded);
        revenue.Totals.Refunded.Should().Be(orders.Take(6).Sum(o => o.Items.Single(i => i.PackageId == cheap.Id).Quantity * 1.25m));
    }

    [Test]
    public async Task ClosedDaysReadAgainShouldMatchAndTodayShouldKeepCounting()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 3.00m);
        await OrderAtAsync(setup, "2026-09-01T10:00:00Z", "Alex", package.Id);
        await OrderAtAsync(setup, "2026-09-02T10:00:00Z", "Sam", package.Id);

        // The 1st has closed (it is remembered from now on), the 2nd has not.
        var first = await RevenueAsync(setup.Api, "from=2026-09-01&to=2026-09-02&timeZone=Europe/Berlin");
        first.Buckets.Select(b => b.Orders).Should().Equal(1, 1);

        await OrderAtAsync(setup, "2026-09-02T11:00:00Z", "Kim", package.Id);
        var again = await RevenueAsync(setup.Api, "from=2026-09-01&to=2026-09-02&timeZone=Europe/Berlin");
        again.Buckets.Select(b => (b.Orders, b.Gross, b.NewCustomers)).Should().Equal((1L, 3.00m, 1L), (2L, 6.00m, 2L));
        var other = await RevenueAsync(setup.Api, "from=2026-09-01&to=2026-09-02&timeZone=America/New_York");
        other.Totals.Orders.Should().Be(3, "each zone keeps its own days");
    }

    [TestCase("timeZone=Mars/Olympus", "timeZone")]
    [TestCase("interval=hour", "interval")]
    [TestCase("from=2026-05-02&to=2026-05-01", "'from' must not be after 'to'")]
    [TestCase("from=2024-01-01&to=2026-01-01", "2 years")]
    [TestCase("from=2026-13-01", "from")]
    [TestCase("from=1999-12-31&to=2000-01-02", "from")]
    public async Task BadInputShouldBeA400InTheWrapper(string queryString, string mentions)
    {
        var setup = await NewStoreWithKeyAsync();

        var errors = await BadRequestAsync(await setup.Api.GetAsync($"/api/v1/analytics/revenue?{queryString}"));
        errors.Should().Contain(mentions);
        (await BadRequestAsync(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/analytics/revenue?{queryString}"))).Should().Contain(mentions);
    }

    [Test]
    public async Task TheLongestRangeAndTheDefaultsShouldAnswer()
    {
        var setup = await NewStoreWithKeyAsync();
        _clock.Set(DateTimeOffset.Parse("2026-02-15T12:00:00Z"));

        var longest = await RevenueAsync(setup.Api, "from=2024-01-02&to=2026-01-01&interval=month&timeZone=Asia/Kathmandu");
        longest.Buckets.Should().HaveCount(25);
        longest.Buckets[0].Start.Should().Be(DateTimeOffset.Parse("2024-01-02T00:00:00+05:45"));

        var defaults = await RevenueAsync(setup.Api, string.Empty);
        defaults.Buckets.Should().HaveCount(GetRevenueAnalyticsQuery.DefaultDays);
        defaults.Buckets[^1].Start.Should().Be(DateTimeOffset.Parse("2026-02-15T00:00:00Z"));
        defaults.TopPackages.Should().BeEmpty();
    }

    private async Task OrderAtAsync(StoreSetup setup, string instant, string player, Guid packageId, int quantity = 1)
    {
        _clock.Set(DateTimeOffset.Parse(instant));
        await OrderAsync(setup.Api, player, packageId, quantity);
    }

    private static async Task<RevenueAnalyticsDto> RevenueAsync(HttpClient api, string queryString) =>
        await DataAsync<RevenueAnalyticsDto>(await api.GetAsync($"/api/v1/analytics/revenue?{queryString}"));
}
