using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using FluxStore.Management.Api.Controllers;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Packages;
using FluxStore.Management.Domain.Security;
using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Api.IntegrationTests.Dashboard;

/// <summary>One dashboard store route (the Store API's action under <c>/api/stores/{storeId}</c>) and the permission it needs.</summary>
public sealed record DashboardRoute(string Method, string Template, string Area, string Action)
{
    public override string ToString() => $"{Method} {Template}";
}

/// <summary>
/// The store's data on the dashboard surface (<c>/api/stores/{storeId}/packages|categories|...</c>): the same requests
/// as <c>/api/v1</c>, authorized by the caller's membership (owner: everything; other members: their permission set),
/// no Pro gate. Members are written straight into the database (<see cref="AddMemberAsync"/>), so these tests do not
/// depend on how members join.
/// </summary>
public sealed class DashboardStoreRoutesTests(string provider) : ApiTestBase(provider)
{
    private const string Prefix = "api/stores/{storeId:guid}/";

    /// <summary>Every route the dashboard serves for the Store API's areas (and the dashboard's own subscription cancel).</summary>
    private static readonly DashboardRoute[] Routes =
    [
        .. Crud("packages", "Packages"),
        new("POST", "packages/sort-order", "Packages", "Edit"),
        .. Crud("categories", "Categories"),
        .. Crud("coupons", "Coupons"),
        .. Crud("sales", "Sales"),
        .. Crud("gift-cards", "GiftCards"),
        .. Crud("bans", "Bans"),
        new("GET", "customers", "Customers", "View"),
        new("GET", "customers/{id:guid}", "Customers", "View"),
        new("GET", "orders", "Orders", "View"),
        new("GET", "orders/{id:guid}", "Orders", "View"),
        new("POST", "orders", "Orders", "Edit"),
        new("POST", "orders/{id:guid}/refund", "Orders", "Edit"),
        new("GET", "subscriptions", "Subscriptions", "View"),
        new("GET", "subscriptions/{id:guid}", "Subscriptions", "View"),
        new("POST", "subscriptions/{id:guid}/cancel", "Stores", "Edit"),
        new("GET", "events", "Orders", "View"), // or Subscriptions:View or Packages:View (EventsApiTests)
        new("GET", "events/{id:guid}", "Orders", "View"),
        new("GET", "analytics/revenue", "Orders", "View"),
        new("GET", "audit", "Stores", "View"),
    ];

    private static IEnumerable<DashboardRoute> Crud(string segment, string area) =>
    [
        new("GET", segment, area, "View"),
        new("GET", $"{segment}/{{id:guid}}", area, "View"),
        new("POST", segment, area, "Edit"),
        new("PATCH", $"{segment}/{{id:guid}}", area, "Edit"),
        new("DELETE", $"{segment}/{{id:guid}}", area, "Delete"),
    ];

    [Test]
    public void TheTableShouldHoldEveryDashboardStoreDataRoute()
    {
        var served = ServedRoutes.Under(Factory.Services, Prefix, (action, route) =>
            action.ControllerTypeInfo.IsSubclassOf(typeof(StoreApiControllerBase)) && route.StartsWith(Prefix, StringComparison.Ordinal));

        served.Should().BeEquivalentTo(Routes.Select(r => r.ToString()));
    }

    [Test]
    public async Task EveryRouteShouldAnswer404ToANonMemberAnd403ToAMemberWithoutItsPermission()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        var stranger = await NewUserAsync();
        var member = await NewUserAsync();
        await AddMemberAsync(store.Id, member.Id, "Stores:View Stores:Edit");

        foreach (var route in Routes)
        {
            var url = $"/api/stores/{store.Id}/" + route.Template.Replace("{id:guid}", Guid.NewGuid().ToString());

            var notFound = await ReadErrorAsync(await SendAsync(stranger.Client, route.Method, url), HttpStatusCode.NotFound);
            notFound.Message.Should().Be("Store not found.", "{0} for a non-member", route);

            // Every other action of the area (and the member's Stores rights) but not this one.
            var others = PermissionCatalog.ActionsOf(Enum.Parse<PermissionArea>(route.Area))
                .Select(a => a.ToString()).Where(a => a != route.Action).Select(a => $"{route.Area}:{a}");
            var granted = others.Concat(new[] { "Stores:View", "Stores:Edit" }.Where(p => p != $"{route.Area}:{route.Action}")).Distinct();
            await SetMemberPermissionsAsync(store.Id, member.Id, string.Join(' ', granted));
            var forbidden = await ReadErrorAsync(await SendAsync(member.Client, route.Method, url), HttpStatusCode.Forbidden);
            forbidden.Message.Should().Contain($"{route.Area}:{route.Action}", "{0} needs that permission", route);

            // With exactly that permission the request reaches its handler: not refused, not "no such store".
            await SetMemberPermissionsAsync(store.Id, member.Id, $"{route.Area}:{route.Action}");
            var allowed = await SendAsync(member.Client, route.Method, url);
            var body = await allowed.Content.ReadAsStringAsync();
            allowed.StatusCode.Should().NotBe(HttpStatusCode.Forbidden, "{0} with {1}:{2}; body {3}", route, route.Area, route.Action, body);
            body.Should().NotContain("Store not found.", "{0}", route);
        }
    }

    [Test]
    public async Task AFreeStoresOwnerShouldManageItsDataOnTheDashboardWhileItsKeysNeedPro()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner); // Pro, so a key can be made
        var key = WithKey((await NewKeyAsync(owner, store.Id)).Key);
        (await SetPlanAsync(store.Id, "Free", null)).IsPro.Should().BeFalse();
        var dashboard = $"/api/stores/{store.Id}";

        var created = await ReadAsync<PackageDto>(await owner.Client.PostAsJsonAsync($"{dashboard}/packages", new
        {
            name = "VIP",
            price = 4.50m,
            commands = new[] { new { stage = "purchase", content = "give {username} vip", onlineOnly = false } },
        }));
        created.Name.Should().Be("VIP");
        created.Price.Should().Be(4.50m);
        var listed = await ReadAsync<List<PackageDto>>(await owner.Client.GetAsync($"{dashboard}/packages"));
        listed.Select(p => p.Id).Should().Equal(created.Id);

        var order = await ReadAsync<OrderDto>(await owner.Client.PostAsJsonAsync($"{dashboard}/orders", new
        {
            playerUsername = "Steve",
            items = new[] { new { packageId = created.Id, quantity = 2 } },
        }));
        order.Status.Should().Be("Paid");
        order.TotalAmount.Should().Be(9.00m);
        var refunded = await ReadAsync<OrderDto>(await owner.Client.PostAsync($"{dashboard}/orders/{order.Id}/refund", null));
        refunded.Status.Should().Be("Refunded");
        (await ReadAsync<OrderDetailDto>(await owner.Client.GetAsync($"{dashboard}/orders/{order.Id}"))).Status.Should().Be("Refunded");

        // The Store API keeps its gate: the same store's key is refused while the store is free...
        var gated = await ReadErrorAsync(await key.GetAsync("/api/v1/packages"), HttpStatusCode.Forbidden);
        gated.Message.Should().Contain("Pro");
        await ReadErrorAsync(await key.PostAsJsonAsync("/api/v1/packages", new { name = "Other", price = 1 }), HttpStatusCode.Forbidden);

        // ...and sees what the dashboard wrote once Pro is back: one store, two ways in.
        await SetPlanAsync(store.Id, "Pro", null);
        (await ReadAsync<List<PackageDto>>(await key.GetAsync("/api/v1/packages"))).Select(p => p.Id).Should().Equal(created.Id);
        (await ReadAsync<OrderDetailDto>(await key.GetAsync($"/api/v1/orders/{order.Id}"))).Status.Should().Be("Refunded");
    }

    [Test]
    public async Task EachRouteShouldWorkOnTheStoreItNames()
    {
        var owner = await NewUserAsync();
        var first = await NewStoreAsync(owner, pro: false);
        var second = await NewStoreAsync(owner, pro: false);

        var package = await ReadAsync<PackageDto>(await owner.Client.PostAsJsonAsync($"/api/stores/{first.Id}/packages", new { name = "VIP", price = 1 }));

        (await ReadAsync<List<PackageDto>>(await owner.Client.GetAsync($"/api/stores/{second.Id}/packages"))).Should().BeEmpty();
        var other = await ReadErrorAsync(await owner.Client.GetAsync($"/api/stores/{second.Id}/packages/{package.Id}"), HttpStatusCode.NotFound);
        other.Message.Should().NotBe("Store not found.");
        await ReadErrorAsync(await owner.Client.DeleteAsync($"/api/stores/{second.Id}/packages/{package.Id}"), HttpStatusCode.NotFound);
        (await ReadAsync<PackageDto>(await owner.Client.GetAsync($"/api/stores/{first.Id}/packages/{package.Id}"))).Name.Should().Be("VIP");
    }

    [Test]
    public async Task AMembersViewPermissionShouldNotLetItWrite()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        await ReadAsync<PackageDto>(await owner.Client.PostAsJsonAsync($"/api/stores/{store.Id}/packages", new { name = "VIP", price = 1 }));
        var viewer = await NewUserAsync();
        await AddMemberAsync(store.Id, viewer.Id, "Packages:View");

        (await ReadAsync<List<PackageDto>>(await viewer.Client.GetAsync($"/api/stores/{store.Id}/packages"))).Should().ContainSingle();
        await ReadErrorAsync(await viewer.Client.PostAsJsonAsync($"/api/stores/{store.Id}/packages", new { name = "Mine", price = 1 }), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await viewer.Client.GetAsync($"/api/stores/{store.Id}/orders"), HttpStatusCode.Forbidden);

        (await ReadAsync<List<PackageDto>>(await owner.Client.GetAsync($"/api/stores/{store.Id}/packages"))).Should().ContainSingle("the refused create wrote nothing");
    }

    private async Task AddMemberAsync(Guid storeId, Guid userId, string permissions) =>
        await WithDbAsync(async db =>
        {
            db.StoreMembers.Add(new StoreMember(storeId, userId, isOwner: false, PermissionSet.FromStorage(permissions), DateTime.UtcNow));
            await db.SaveChangesAsync();
        });

    private Task SetMemberPermissionsAsync(Guid storeId, Guid userId, string permissions) =>
        WithDbAsync(db => db.StoreMembers.Where(m => m.StoreId == storeId && m.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Permissions, permissions)));

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method is "GET" or "DELETE" ? null : JsonContent.Create(new { }),
        });
}
