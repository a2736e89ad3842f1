using System.Text.Json.Nodes;
using FluxStore.Management.Api.IntegrationTests.Infrastructure;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.StoreApi;

/// <summary>
/// The order, customer and subscription lists project their rows by hand (compiled for the unfiltered cursor pages,
/// <c>docs/decisions/0028-list-projections.md</c>), while <c>GET /{id}</c> maps through the AutoMapper profiles: every
/// list form must show each row exactly as its own GET does (an order's GET adds its deliveries).
/// </summary>
public sealed class ListProjectionTests(string provider) : ApiTestBase(provider)
{
    // One GET per row per list form: more than the default 30 requests a minute per key.
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["FluxStore:RateLimit:PermitLimit"] = "100000" };

    [Test]
    public async Task ShouldShowEachOrderCustomerAndSubscriptionInEveryListFormExactlyAsItsGet()
    {
        var setup = await NewStoreWithKeyAsync();
        var sword = await PackageAsync(setup.Api, name: "Sword", price: 4.00m);
        var rank = await PackageAsync(setup.Api, name: "Rank", price: 6.25m);
        var monthly = await PackageAsync(setup.Api, name: "Monthly", price: 3.10m, subscriptionInterval: new { value = 1, unit = "month" });
        var couponCode = "TENOFF";
        await CouponAsync(setup.Api, new { code = couponCode, discountType = "percentage", discountValue = 10 });

        await OrderAsync(setup.Api, "Steve", sword.Id, quantity: 2, email: "steve@example.com", couponCode: couponCode);
        await OrderAsync(setup.Api, "Alex", monthly.Id, playerUuid: "069a79f444e94726a5befca90e38aaf5");
        var twoItems = await DataAsync<JsonNode>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = "Notch",
            items = new[] { new { packageId = sword.Id, quantity = 1 }, new { packageId = rank.Id, quantity = 3 } },
        }));
        var firstItem = twoItems["items"]![0]!["id"]!.GetValue<Guid>();
        (await setup.Api.PostAsJsonAsync($"/api/v1/orders/{twoItems["id"]}/refund", new { itemIds = new[] { firstItem }, reason = "Changed mind" }))
            .EnsureSuccessStatusCode();

        // Compiled (unfiltered cursor pages, both directions), and through EF's query cache (skip/take, filters).
        string[] orderLists = ["/api/v1/orders?limit=20", "/api/v1/orders?limit=2", "/api/v1/orders?take=20", "/api/v1/orders?status=partiallyrefunded&limit=20"];
        await EveryRowAsItsGetAsync(setup.Api, orderLists, "/api/v1/orders", 3, row => row.Remove("deliveries"));
        await EveryRowAsItsGetAsync(setup.Api, ["/api/v1/customers?limit=20", "/api/v1/customers?limit=1&sortBy=totalSpent", "/api/v1/customers?take=20&sortBy=username", "/api/v1/customers?search=e&limit=20"], "/api/v1/customers", 3);
        await EveryRowAsItsGetAsync(setup.Api, ["/api/v1/subscriptions?limit=20", "/api/v1/subscriptions?take=20", "/api/v1/subscriptions?status=active&limit=20"], "/api/v1/subscriptions", 1);

        // A page before a cursor (the third compiled query) shows the same rows as the forward walk.
        var first = await DataAsync<JsonNode>(await setup.Api.GetAsync("/api/v1/orders?limit=2"));
        var second = await DataAsync<JsonNode>(await setup.Api.GetAsync($"/api/v1/orders?limit=2&after={Uri.EscapeDataString(first["nextCursor"]!.GetValue<string>())}"));
        var back = await DataAsync<JsonNode>(await setup.Api.GetAsync($"/api/v1/orders?limit=2&before={Uri.EscapeDataString(second["previousCursor"]!.GetValue<string>())}"));
        back["items"]!.ToJsonString().Should().Be(first["items"]!.ToJsonString());
    }

    /// <summary>Every row of every list (walked to its end) as its GET shows it, minus what the GET adds.</summary>
    private static async Task EveryRowAsItsGetAsync(HttpClient api, string[] lists, string itemRoute, int atLeast, Action<JsonObject>? trim = null)
    {
        foreach (var list in lists)
        {
            var rows = new List<JsonNode>();
            var url = list;
            while (url is not null)
            {
                var page = await DataAsync<JsonNode>(await api.GetAsync(url));
                rows.AddRange(page["items"]!.AsArray().Select(r => r!));
                url = page["nextCursor"]?.GetValue<string>() is { } next ? $"{list}&after={Uri.EscapeDataString(next)}" : null;
            }

            rows.Count.Should().BeGreaterThanOrEqualTo(list.Contains("status=") || list.Contains("search=") ? 1 : atLeast, list);

            foreach (var row in rows)
            {
                var single = (await DataAsync<JsonNode>(await api.GetAsync($"{itemRoute}/{row["id"]}"))).AsObject();
                trim?.Invoke(single);
                JsonNode.DeepEquals(row, single).Should().BeTrue($"{list} shows {row.ToJsonString()} where its GET shows {single.ToJsonString()}");
            }
        }
    }
}
