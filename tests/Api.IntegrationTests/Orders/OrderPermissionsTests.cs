using FluxStore.Management.Application.Customers;
using FluxStore.Management.Application.Subscriptions;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Orders;

/// <summary>
/// Each endpoint needs exactly its permission: a key holding every other permission gets 403; a key holding only
/// that one gets through.
/// </summary>
public sealed class OrderPermissionsTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task EachEndpointShouldNeedExactlyItsPermission()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, subscriptionInterval: new { value = 1, unit = "month" });
        var order = await OrderAsync(setup.Api, "Steve", package.Id);
        var customer = (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers")).Items.Single();
        var subscription = (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions")).Items.Single();

        var cases = new (string Area, string Action, Func<HttpClient, Task<HttpResponseMessage>> Call)[]
        {
            ("Orders", "View", api => api.GetAsync("/api/v1/orders")),
            ("Orders", "View", api => api.GetAsync($"/api/v1/orders/{order.Id}")),
            ("Orders", "Edit", api => PostOrderAsync(api, "Alex", package.Id)),
            ("Customers", "View", api => api.GetAsync("/api/v1/customers")),
            ("Customers", "View", api => api.GetAsync($"/api/v1/customers/{customer.Id}")),
            ("Subscriptions", "View", api => api.GetAsync("/api/v1/subscriptions")),
            ("Subscriptions", "View", api => api.GetAsync($"/api/v1/subscriptions/{subscription.Id}")),
        };

        foreach (var (area, action, call) in cases)
        {
            var allButThis = AllPermissions
                .Select(p => (p.Key, Value: p.Key == area ? p.Value.Remove(action) : p.Value))
                .Where(p => p.Value.Length > 0)
                .ToDictionary(p => p.Key, p => p.Value);
            var without = WithKey((await NewKeyAsync(setup.Owner, setup.Store.Id, allButThis)).Key);
            await ReadErrorAsync(await call(without), HttpStatusCode.Forbidden);

            var only = WithKey((await NewKeyAsync(setup.Owner, setup.Store.Id, new Dictionary<string, string[]> { [area] = [action] })).Key);
            (await call(only)).StatusCode.Should().Be(HttpStatusCode.OK, "{0}:{1} alone is enough", area, action);
        }

        // Edit does not imply View, nor View Edit.
        var editOnly = WithKey((await NewKeyAsync(setup.Owner, setup.Store.Id, new Dictionary<string, string[]> { ["Orders"] = ["Edit"] })).Key);
        await ReadErrorAsync(await editOnly.GetAsync("/api/v1/orders"), HttpStatusCode.Forbidden);
        var viewOnly = WithKey((await NewKeyAsync(setup.Owner, setup.Store.Id, new Dictionary<string, string[]> { ["Orders"] = ["View"] })).Key);
        await ReadErrorAsync(await PostOrderAsync(viewOnly, "Alex", package.Id), HttpStatusCode.Forbidden);

        // A refused order is not created.
        (await PageAsync<JsonElement>(setup.Api, "/api/v1/orders")).Total.Should().Be(1 + 1, "only the Orders:Edit-alone call created one");
    }

    [Test]
    public async Task TheSpecTableShouldOfferNoOtherPermissionsForTheseAreas()
    {
        var setup = await NewStoreWithKeyAsync();
        foreach (var permissions in new[]
        {
            new Dictionary<string, string[]> { ["Orders"] = ["Delete"] },
            new Dictionary<string, string[]> { ["Customers"] = ["Edit"] },
            new Dictionary<string, string[]> { ["Subscriptions"] = ["Delete"] },
        })
        {
            var response = await setup.Owner.Client.PostAsJsonAsync($"/api/stores/{setup.Store.Id}/api-keys", new { name = "k", permissions });
            await ReadErrorAsync(response, HttpStatusCode.BadRequest);
        }
    }

    [Test]
    public async Task ALapsedProPlanShouldGive403()
    {
        var setup = await NewStoreWithKeyAsync();
        await SetPlanAsync(setup.Store.Id, "Free", null);
        await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/orders"), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/customers"), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/subscriptions"), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await PostOrderAsync(setup.Api, "Steve", Guid.NewGuid()), HttpStatusCode.Forbidden);
    }
}
