using FluxStore.Management.Application.Customers;
using FluxStore.Management.Application.Orders;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Orders;

/// <summary>
/// Coupon limits stay exact when many manual orders race (on SQLite and PostgreSQL): every request gets 200 or a
/// clean 400, never a 500, and the counters end exactly at their limits.
/// </summary>
public sealed class OrderConcurrencyTests(string provider) : ApiTestBase(provider)
{
    private const int Requests = 20;

    [Test]
    public async Task TwentyConcurrentOrdersShouldUseACouponWithMaxUsesFiveExactlyFiveTimes()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 10.00m);
        var couponId = await CouponAsync(setup.Api, new { code = "FIVE", discountType = "percentage", discountValue = 10, maxUses = 5 });

        var responses = await Task.WhenAll(Enumerable.Range(0, Requests)
            .Select(i => PostOrderAsync(WithKey(setup.Key.Key), $"Player{i}", package.Id, couponCode: "five")));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Count(s => s == HttpStatusCode.OK).Should().Be(5, "the statuses were {0}", string.Join(",", statuses));
        statuses.Count(s => s == HttpStatusCode.BadRequest).Should().Be(Requests - 5);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.BadRequest))
        {
            (await BadRequestAsync(refused)).Should().Contain("couponCode");
        }

        (await CouponUsedCountAsync(setup.Api, couponId)).Should().Be(5);
        var orders = await PageAsync<OrderDto>(setup.Api, $"/api/v1/orders?couponId={couponId}&take=100");
        orders.Total.Should().Be(5);
        orders.Items.Should().OnlyContain(o => o.CouponDiscountAmount == 1.00m && o.TotalAmount == 9.00m);
        (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers?take=100")).Total.Should().Be(5, "refused orders leave no customer behind");
    }

    [Test]
    public async Task TwentyConcurrentOrdersOfOneNewPlayerShouldRespectMaxUsesPerUserTwo()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 4.00m);
        var couponId = await CouponAsync(setup.Api, new { code = "TWICE", discountType = "fixed", discountValue = 1, maxUsesPerUser = 2 });

        // The player is new: the first orders also race to create the customer.
        var responses = await Task.WhenAll(Enumerable.Range(0, Requests)
            .Select(i => PostOrderAsync(WithKey(setup.Key.Key), i % 2 == 0 ? "Notch" : "NOTCH", package.Id, couponCode: "twice")));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Count(s => s == HttpStatusCode.OK).Should().Be(2, "the statuses were {0}", string.Join(",", statuses));
        statuses.Count(s => s == HttpStatusCode.BadRequest).Should().Be(Requests - 2);
        (await CouponUsedCountAsync(setup.Api, couponId)).Should().Be(2);

        var customers = await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers");
        customers.Items.Should().ContainSingle("one player is one customer, however their first orders race");
        customers.Items[0].OrderCount.Should().Be(2);
        customers.Items[0].TotalSpent.Should().Be(6.00m);

        // Another player still may use it.
        await OrderAsync(setup.Api, "Jeb_", package.Id, couponCode: "TWICE");
        (await CouponUsedCountAsync(setup.Api, couponId)).Should().Be(3);
    }

    [Test]
    public async Task TwentyConcurrentOrdersOfOneKnownPlayerShouldRespectMaxUsesPerUserTwo()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 4.00m);
        var couponId = await CouponAsync(setup.Api, new { code = "TWICE", discountType = "percentage", discountValue = 50, maxUsesPerUser = 2 });
        await OrderAsync(setup.Api, "Dinnerbone", package.Id);

        // The customer exists: every request reaches the per-player count at once.
        var responses = await Task.WhenAll(Enumerable.Range(0, Requests)
            .Select(_ => PostOrderAsync(WithKey(setup.Key.Key), "dinnerbone", package.Id, couponCode: "twice")));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Count(s => s == HttpStatusCode.OK).Should().Be(2, "the statuses were {0}", string.Join(",", statuses));
        statuses.Count(s => s == HttpStatusCode.BadRequest).Should().Be(Requests - 2);
        (await CouponUsedCountAsync(setup.Api, couponId)).Should().Be(2);
        var customer = (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers")).Items.Should().ContainSingle().Subject;
        customer.OrderCount.Should().Be(3);
        customer.TotalSpent.Should().Be(8.00m);
    }

    [Test]
    public async Task ConcurrentOrdersWithoutCouponsShouldAllSucceedAndKeepExactCustomerTotals()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 1.25m);
        const string uuid = "853c80ef-3c37-49fd-aa49-938b674adae6";

        var responses = await Task.WhenAll(Enumerable.Range(0, Requests)
            .Select(_ => PostOrderAsync(WithKey(setup.Key.Key), "jeb_", package.Id, playerUuid: uuid)));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var customer = (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers")).Items.Should().ContainSingle().Subject;
        customer.OrderCount.Should().Be(Requests);
        customer.TotalSpent.Should().Be(Requests * 1.25m);
        customer.PlayerUuid.Should().Be(uuid);
    }
}
