using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using FluxStore.Management.Api.Controllers;
using FluxStore.Management.Domain.Security;
using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Api.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard's own store routes (API keys, game servers, webhooks, members, invitations, gift card codes, the store's
/// settings), which <see cref="DashboardStoreRoutesTests"/> does not cover: each refuses a non-member with 404 and a
/// member without its <c>Stores</c> permission with 403. Together the two tables hold every <c>/api/stores/{storeId}</c> route.
/// </summary>
public sealed class DashboardOwnStoreRoutesTests(string provider) : ApiTestBase(provider)
{
    private const string Prefix = "api/stores/{storeId:guid}";

    private static readonly DashboardRoute[] Routes =
    [
        new("GET", "", "Stores", "View"),
        new("PATCH", "", "Stores", "Edit"),
        new("GET", "/api-keys", "Stores", "Edit"),
        new("POST", "/api-keys", "Stores", "Edit"),
        new("DELETE", "/api-keys/{id:guid}", "Stores", "Edit"),
        new("POST", "/api-keys/{id:guid}/regenerate", "Stores", "Edit"),
        new("GET", "/servers", "Stores", "View"),
        new("POST", "/servers", "Stores", "Edit"),
        new("DELETE", "/servers/{id:guid}", "Stores", "Edit"),
        new("POST", "/servers/{id:guid}/regenerate-key", "Stores", "Edit"),
        new("GET", "/webhooks", "Stores", "Edit"),
        new("POST", "/webhooks", "Stores", "Edit"),
        new("GET", "/webhooks/{id:guid}", "Stores", "Edit"),
        new("PATCH", "/webhooks/{id:guid}", "Stores", "Edit"),
        new("DELETE", "/webhooks/{id:guid}", "Stores", "Edit"),
        new("POST", "/webhooks/{id:guid}/roll-secret", "Stores", "Edit"),
        new("GET", "/webhooks/{id:guid}/deliveries", "Stores", "Edit"),
        new("POST", "/webhooks/{id:guid}/deliveries/{deliveryId:guid}/resend", "Stores", "Edit"),
        new("POST", "/webhooks/{id:guid}/test", "Stores", "Edit"),
        new("GET", "/members", "Stores", "View"),
        new("POST", "/members", "Stores", "Edit"),
        new("DELETE", "/members/{userId:guid}", "Stores", "Edit"),
        new("GET", "/invitations", "Stores", "Edit"),
        new("DELETE", "/invitations/{id:guid}", "Stores", "Edit"),
        new("GET", "/gift-cards/{id:guid}/code", "Stores", "Edit"),
    ];

    [Test]
    public void TheTableShouldHoldEveryDashboardOwnStoreRoute()
    {
        var served = ServedRoutes.Under(Factory.Services, Prefix, (action, route) =>
            !action.ControllerTypeInfo.IsSubclassOf(typeof(StoreApiControllerBase))
            && (route == Prefix || route.StartsWith(Prefix + "/", StringComparison.Ordinal)));

        served.Should().BeEquivalentTo(Routes.Select(r => r.ToString()));
    }

    [Test]
    public async Task EveryRouteShouldAnswer404ToANonMemberAnd403ToAMemberWithoutItsPermission()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        var stranger = await NewUserAsync();
        var member = await NewUserAsync();
        await WithDbAsync(async db =>
        {
            db.StoreMembers.Add(new StoreMember(store.Id, member.Id, isOwner: false, PermissionSet.FromStorage("Stores:View"), DateTime.UtcNow));
            await db.SaveChangesAsync();
        });

        foreach (var route in Routes)
        {
            var url = $"/api/stores/{store.Id}" + route.Template
                .Replace("{id:guid}", Guid.NewGuid().ToString())
                .Replace("{deliveryId:guid}", Guid.NewGuid().ToString())
                .Replace("{userId:guid}", Guid.NewGuid().ToString());

            var notFound = await ReadErrorAsync(await SendAsync(stranger.Client, route.Method, url), HttpStatusCode.NotFound);
            notFound.Message.Should().Be("Store not found.", "{0} for a non-member", route);

            // The store's other permission (Edit does not imply View), not this one.
            var other = route.Action == "View" ? "Stores:Edit" : "Stores:View";
            await WithDbAsync(db => db.StoreMembers.Where(m => m.StoreId == store.Id && m.UserId == member.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Permissions, other)));
            var forbidden = await ReadErrorAsync(await SendAsync(member.Client, route.Method, url), HttpStatusCode.Forbidden);
            forbidden.Message.Should().Contain($"{route.Area}:{route.Action}", "{0} needs that permission", route);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method is "GET" or "DELETE" ? null : JsonContent.Create(new { }),
        });
}
