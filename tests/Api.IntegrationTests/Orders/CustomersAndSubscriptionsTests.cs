using FluxStore.Management.Application.Customers;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Subscriptions;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Orders;

public sealed class CustomersAndSubscriptionsTests(string provider) : ApiTestBase(provider)
{
    private const string SteveUuid = "069a79f4-44e9-4726-a5be-fca90e38aaf5";

    [Test]
    public async Task ShouldKeepCustomerTotalsAcrossOrders()
    {
        var setup = await NewStoreWithKeyAsync();
        var vip = await PackageAsync(setup.Api, price: 9.99m);
        var mvp = await PackageAsync(setup.Api, name: "MVP", price: 20.00m);

        var first = await OrderAsync(setup.Api, "Steve", vip.Id, email: "steve@example.com");
        await OrderAsync(setup.Api, "STEVE", mvp.Id, quantity: 2);
        var last = await OrderAsync(setup.Api, "steve", vip.Id, playerUuid: SteveUuid);

        var customer = (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers")).Items.Should().ContainSingle().Subject;
        customer.PlayerUsername.Should().Be("steve", "the newest name is kept");
        customer.PlayerUuid.Should().Be(SteveUuid, "a name-only customer adopts the UUID of a later order");
        customer.TotalSpent.Should().Be(9.99m + 40.00m + 9.99m);
        customer.OrderCount.Should().Be(3);
        customer.FirstSeenAt.Should().Be(first.CreatedAt);
        customer.LastPurchaseAt.Should().Be(last.CreatedAt);
        (await ReadAsync<CustomerDto>(await setup.Api.GetAsync($"/api/v1/customers/{customer.Id}"))).Should().BeEquivalentTo(customer);

        // Found by UUID even under a new name.
        await OrderAsync(setup.Api, "Steve_Renamed", vip.Id, playerUuid: SteveUuid.Replace("-", string.Empty));
        var renamed = (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers")).Items.Should().ContainSingle().Subject;
        renamed.Id.Should().Be(customer.Id);
        renamed.PlayerUsername.Should().Be("Steve_Renamed");
        renamed.OrderCount.Should().Be(4);

        // The old name with another UUID is another player.
        await OrderAsync(setup.Api, "steve", vip.Id, playerUuid: "853c80ef-3c37-49fd-aa49-938b674adae6");
        (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers")).Total.Should().Be(2);
    }

    [Test]
    public async Task ShouldSortSearchAndPageCustomers()
    {
        var setup = await NewStoreWithKeyAsync();
        var cheap = await PackageAsync(setup.Api, name: "Cheap", price: 1.00m);
        var dear = await PackageAsync(setup.Api, name: "Dear", price: 100.00m);

        // Amounts chosen so text sorting would differ from numeric sorting (9 > 10 > 100 as text).
        await OrderAsync(setup.Api, "Zed", cheap.Id, quantity: 9);          // 9.00
        await OrderAsync(setup.Api, "alex", cheap.Id, quantity: 10);        // 10.00
        await OrderAsync(setup.Api, "Mia", dear.Id);                        // 100.00
        await OrderAsync(setup.Api, "bob", cheap.Id, quantity: 10);         // 10.00 (tie with alex)
        await OrderAsync(setup.Api, "Kim", cheap.Id, playerUuid: SteveUuid); // 1.00

        var byTotalDesc = await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers?sortBy=totalSpent&sortDesc=true");
        byTotalDesc.Items.Select(c => c.TotalSpent).Should().Equal(100.00m, 10.00m, 10.00m, 9.00m, 1.00m);
        byTotalDesc.Items.Select(c => c.PlayerUsername).Should().StartWith("Mia");
        var byTotalAsc = await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers?sortBy=TOTALSPENT&sortDesc=false");
        byTotalAsc.Items.Select(c => c.Id).Should().Equal(byTotalDesc.Items.Select(c => c.Id).Reverse(), "ties break on id in the same direction");

        var byName = await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers?sortBy=username");
        byName.Items.Select(c => c.PlayerUsername).Should().Equal("alex", "bob", "Kim", "Mia", "Zed");
        var byLastPurchase = await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers");
        byLastPurchase.Items.Select(c => c.PlayerUsername).Should().Equal("Kim", "bob", "Mia", "alex", "Zed");
        (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers?sortBy=firstSeenAt&sortDesc=false")).Items.Select(c => c.PlayerUsername)
            .Should().Equal("Zed", "alex", "Mia", "bob", "Kim");

        var page = await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers?sortBy=totalSpent&sortDesc=true&skip=1&take=2");
        page.Total.Should().Be(5);
        page.Items.Select(c => c.Id).Should().Equal(byTotalDesc.Items.Skip(1).Take(2).Select(c => c.Id));

        (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers?search=ALE")).Items.Select(c => c.PlayerUsername).Should().Equal("alex");
        (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers?search=069A79F4")).Items.Select(c => c.PlayerUsername).Should().Equal("Kim");
        (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers?search=nobody")).Total.Should().Be(0);

        (await BadRequestAsync(await setup.Api.GetAsync("/api/v1/customers?sortBy=email"))).Should().Contain("sortBy");
        await BadRequestAsync(await setup.Api.GetAsync("/api/v1/customers?take=0"));
    }

    [Test]
    public async Task CustomersShouldExposeNoEmailOrAddress()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api);
        await OrderAsync(setup.Api, "Steve", package.Id, email: "steve@example.com");

        var list = await (await setup.Api.GetAsync("/api/v1/customers")).Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(list);
        var customer = document.RootElement.GetProperty("data").GetProperty("items")[0];
        customer.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "id", "playerUsername", "playerUuid", "totalSpent", "orderCount", "firstSeenAt", "lastPurchaseAt");
        list.Should().NotContain("example.com");
        var single = await (await setup.Api.GetAsync($"/api/v1/customers/{customer.GetProperty("id").GetGuid()}")).Content.ReadAsStringAsync();
        single.Should().NotContain("example.com").And.NotContain("email", "no email field at all");
    }

    [Test]
    public async Task ShouldHideOtherStoresCustomersAndSubscriptions()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, subscriptionInterval: new { value = 1, unit = "month" });
        await OrderAsync(setup.Api, "Steve", package.Id);
        var customer = (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers")).Items.Single();
        var subscription = (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions")).Items.Single();

        await ReadErrorAsync(await other.Api.GetAsync($"/api/v1/customers/{customer.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await other.Api.GetAsync($"/api/v1/subscriptions/{subscription.Id}"), HttpStatusCode.NotFound);
        (await PageAsync<CustomerDto>(other.Api, "/api/v1/customers")).Total.Should().Be(0);
        (await PageAsync<SubscriptionDto>(other.Api, "/api/v1/subscriptions")).Total.Should().Be(0);
        await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/customers/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/subscriptions/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        // Read-only resources.
        await ReadErrorAsync(await setup.Api.PostAsJsonAsync("/api/v1/customers", new { playerUsername = "x" }), HttpStatusCode.MethodNotAllowed);
        await ReadErrorAsync(await setup.Api.DeleteAsync($"/api/v1/customers/{customer.Id}"), HttpStatusCode.MethodNotAllowed);
        await ReadErrorAsync(await setup.Api.PostAsJsonAsync("/api/v1/subscriptions", new { playerUsername = "x" }), HttpStatusCode.MethodNotAllowed);
        await ReadErrorAsync(await setup.Api.DeleteAsync($"/api/v1/subscriptions/{subscription.Id}"), HttpStatusCode.MethodNotAllowed);
    }

    [Test]
    public async Task ShouldCreateSubscriptionsForSubscriptionPackages()
    {
        var setup = await NewStoreWithKeyAsync();
        var monthly = await PackageAsync(setup.Api, name: "Monthly VIP", subscriptionInterval: new { value = 1, unit = "month" });
        var fortnightly = await PackageAsync(setup.Api, name: "Fortnight pass", subscriptionInterval: new { value = 2, unit = "week" });
        var oneOff = await PackageAsync(setup.Api, name: "Diamonds");

        var order = await ReadAsync<OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = "Steve",
            playerUuid = SteveUuid,
            items = new[] { new { packageId = monthly.Id, quantity = 1 }, new { packageId = oneOff.Id, quantity = 1 } },
        }));
        var second = await OrderAsync(setup.Api, "Alex", fortnightly.Id);

        var all = await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions");
        all.Total.Should().Be(2);
        all.Items.Select(s => s.PackageName).Should().Equal("Fortnight pass", "Monthly VIP");

        var steve = await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions?playerUsername=STEVE");
        var subscription = steve.Items.Should().ContainSingle().Subject;
        subscription.Should().BeEquivalentTo(new
        {
            PlayerUsername = "Steve",
            PlayerUuid = SteveUuid,
            PackageId = monthly.Id,
            PackageName = "Monthly VIP",
            OrderId = order.Id,
            Status = "Active",
            StartedAt = order.CreatedAt,
            CurrentPeriodEnd = order.CreatedAt.AddMonths(1),
        });
        (await ReadAsync<SubscriptionDto>(await setup.Api.GetAsync($"/api/v1/subscriptions/{subscription.Id}"))).Should().BeEquivalentTo(subscription);

        var alex = (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions?playerUsername=alex")).Items.Single();
        alex.CurrentPeriodEnd.Should().Be(second.CreatedAt.AddDays(14));
        alex.StartedAt.Should().Be(second.CreatedAt);

        using var document = JsonDocument.Parse(await (await setup.Api.GetAsync($"/api/v1/subscriptions/{subscription.Id}")).Content.ReadAsStringAsync());
        document.RootElement.GetProperty("data").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "id", "playerUsername", "playerUuid", "packageId", "packageName", "orderId", "status", "startedAt", "currentPeriodEnd",
            "cancelAtPeriodEnd", "graceEndsAt", "endedAt", "renewalCount");
        (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions?skip=1&take=1")).Items.Should().ContainSingle().Which.PackageName.Should().Be("Monthly VIP");
        await BadRequestAsync(await setup.Api.GetAsync("/api/v1/subscriptions?take=1000"));
    }
}
