using System.Text.RegularExpressions;
using FluxStore.Management.Application.GiftCards;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Orders;

/// <summary>
/// Walks every Store API response of a full scenario (create, update, list and get of packages, categories,
/// coupons, sales, gift cards, bans, orders, customers and subscriptions, plus error responses) and looks for
/// anything that must never leave the server: an unmasked email, a gift card code, an API key or server key
/// (or their secret part), or a hash-looking value.
/// </summary>
public sealed partial class PrivacyScanTests(string provider) : ApiTestBase(provider)
{
    /// <summary>The scan walks every Store API route on one key: more than the spec's 30 requests a minute.</summary>
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:PermitLimit"] = "1000",
    };

    [Test]
    public async Task NoStoreApiResponseShouldLeakEmailsCodesKeysOrHashes()
    {
        var setup = await NewStoreWithKeyAsync();
        var recorder = new Recorder(setup.Api);
        var server = await ServerAsync(setup);

        // Catalog and promotions.
        var category = await recorder.DataAsync("POST", "/api/v1/categories", new { name = "Ranks", description = "Premium rank packages" });
        var categoryId = category.GetProperty("id").GetGuid();
        var package = await recorder.DataAsync("POST", "/api/v1/packages", new
        {
            name = "VIP Rank",
            description = "Get VIP status with special perks",
            price = 9.99m,
            categoryId,
            serverIds = new[] { server.Id },
            commands = new[] { new { stage = "purchase", content = "lp user {username} parent add vip", onlineOnly = false } },
        });
        var packageId = package.GetProperty("id").GetGuid();
        var subscriptionPackage = await recorder.DataAsync("POST", "/api/v1/packages", new
        {
            name = "Monthly",
            price = 4.99m,
            isSubscription = true,
            subscriptionInterval = new { value = 1, unit = "month" },
        });
        var subscriptionPackageId = subscriptionPackage.GetProperty("id").GetGuid();
        await recorder.DataAsync("PATCH", $"/api/v1/packages/{packageId}", new { price = 12.50m });
        var coupon = await recorder.DataAsync("POST", "/api/v1/coupons", new { code = "SUMMER25", discountType = "percentage", discountValue = 25, maxUses = 100, maxUsesPerUser = 3 });
        var couponId = coupon.GetProperty("id").GetGuid();
        await recorder.DataAsync("PATCH", $"/api/v1/coupons/{couponId}", new { discountValue = 30 });
        var sale = await recorder.DataAsync("POST", "/api/v1/sales", new
        {
            name = "Summer Sale",
            discountPercentage = 10,
            applicationScope = "store",
            isEnabled = true,
            startDate = DateTime.UtcNow.AddDays(-1),
            endDate = DateTime.UtcNow.AddDays(1),
        });
        var saleId = sale.GetProperty("id").GetGuid();
        var giftCard = await recorder.DataAsync("POST", "/api/v1/gift-cards", new
        {
            amount = 25.00m,
            applicationScope = "store",
            recipientName = "John",
            recipientEmail = "john.recipient@example.com",
            message = "Happy Birthday!",
        });
        var giftCardId = giftCard.GetProperty("id").GetGuid();
        await recorder.DataAsync("PATCH", $"/api/v1/gift-cards/{giftCardId}", new { recipientEmail = "jane.recipient@example.org" });
        var ban = await recorder.DataAsync("POST", "/api/v1/bans", new { playerUsername = "griefer123", ipAddress = "192.168.1.100", reason = "Chargeback fraud" });
        var banId = ban.GetProperty("id").GetGuid();

        // Orders of several players, with emails, a coupon and a subscription.
        var order = await recorder.DataAsync("POST", "/api/v1/orders", new
        {
            playerUsername = "Steve",
            playerUuid = "069a79f4-44e9-4726-a5be-fca90e38aaf5",
            email = "steve.buyer@example.com",
            couponCode = "summer25",
            items = new object[] { new { packageId, quantity = 1, serverId = server.Id }, new { packageId = subscriptionPackageId, quantity = 1 } },
        });
        var orderId = order.GetProperty("id").GetGuid();
        await recorder.DataAsync("POST", "/api/v1/orders", new { playerUsername = "Alex", email = "a@example.net", items = new[] { new { packageId, quantity = 2 } } });
        var customers = await recorder.DataAsync("GET", "/api/v1/customers");
        var customerId = customers.GetProperty("items")[0].GetProperty("id").GetGuid();
        var subscriptions = await recorder.DataAsync("GET", "/api/v1/subscriptions");
        var subscriptionId = subscriptions.GetProperty("items")[0].GetProperty("id").GetGuid();

        // Every list and get.
        foreach (var url in new[]
        {
            "/api/v1/packages", $"/api/v1/packages/{packageId}", $"/api/v1/packages/{subscriptionPackageId}",
            "/api/v1/categories", $"/api/v1/categories/{categoryId}",
            "/api/v1/coupons", "/api/v1/coupons?search=summer", $"/api/v1/coupons/{couponId}",
            "/api/v1/sales", $"/api/v1/sales/{saleId}",
            "/api/v1/gift-cards", $"/api/v1/gift-cards/{giftCardId}",
            "/api/v1/bans", $"/api/v1/bans/{banId}",
            "/api/v1/orders", "/api/v1/orders?playerUsername=steve", $"/api/v1/orders?couponId={couponId}", $"/api/v1/orders/{orderId}",
            "/api/v1/customers?sortBy=totalSpent&sortDesc=true", "/api/v1/customers?search=steve", $"/api/v1/customers/{customerId}",
            "/api/v1/subscriptions?playerUsername=Steve", $"/api/v1/subscriptions/{subscriptionId}",
        })
        {
            await recorder.DataAsync("GET", url);
        }

        // Error responses are scanned too.
        await recorder.SendAsync("POST", "/api/v1/orders", new { playerUsername = "griefer123", email = "griefer@example.com", items = new[] { new { packageId, quantity = 1 } } });
        await recorder.SendAsync("POST", "/api/v1/orders", new { playerUsername = "Steve", couponCode = "NOPE", items = new[] { new { packageId, quantity = 1 } } });
        await recorder.SendAsync("POST", "/api/v1/gift-cards", new { amount = -1, recipientEmail = "bad.value@example.com" });
        await recorder.SendAsync("GET", $"/api/v1/orders/{Guid.NewGuid()}");

        // The secrets to look for, read where the owner legitimately can.
        var code = (await ReadAsync<GiftCardCodeDto>(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/gift-cards/{giftCardId}/code"))).Code;
        var apiKey = setup.Key.Key;
        var apiSecret = apiKey[(apiKey.LastIndexOf('_') + 1)..];
        var serverSecret = server.Key["fsk_".Length..];

        // Deleting does not reveal anything either; the history stays readable afterwards.
        await recorder.DataAsync("DELETE", $"/api/v1/gift-cards/{giftCardId}");
        await recorder.DataAsync("DELETE", $"/api/v1/coupons/{couponId}");
        await recorder.DataAsync("GET", $"/api/v1/orders/{orderId}");

        recorder.Bodies.Should().HaveCountGreaterThan(40);
        var all = string.Join("\n", recorder.Bodies);
        all.Should().Contain("s***@example.com").And.Contain("j***@example.org", "masked emails are present, so the scan would see them");

        foreach (var body in recorder.Bodies)
        {
            foreach (Match email in EmailPattern().Matches(body))
            {
                email.Groups["local"].Value.Should().MatchRegex(@"^[^@]\*\*\*$", "every email is masked, but found {0} in {1}", email.Value, body);
            }

            body.Should().NotContain(apiKey).And.NotContain(apiSecret).And.NotContain(server.Key).And.NotContain(serverSecret);
            body.ToUpperInvariant().Should().NotContain(code.ToUpperInvariant(), "gift card codes never appear");
            body.ToUpperInvariant().Should().NotContain(code.Replace("-", string.Empty).ToUpperInvariant());
            HexHash().IsMatch(body).Should().BeFalse("no hex hash in {0}", body);
            Base64Hash().IsMatch(body).Should().BeFalse("no base64 hash in {0}", body);
            LongToken().IsMatch(body).Should().BeFalse("no secret-looking token in {0}", body);
        }
    }

    [GeneratedRegex(@"(?<local>[^\s""'@,;:<>()\[\]{}]+)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("[0-9a-fA-F]{64}")]
    private static partial Regex HexHash();

    [GeneratedRegex("[A-Za-z0-9+/]{43}=")]
    private static partial Regex Base64Hash();

    [GeneratedRegex("[A-Za-z0-9]{32,}")]
    private static partial Regex LongToken();

    private sealed class Recorder(HttpClient api)
    {
        public List<string> Bodies { get; } = [];

        public async Task<HttpResponseMessage> SendAsync(string method, string url, object? body = null)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            var response = await api.SendAsync(request);
            Bodies.Add(await response.Content.ReadAsStringAsync());
            return response;
        }

        public async Task<JsonElement> DataAsync(string method, string url, object? body = null)
        {
            var response = await SendAsync(method, url, body);
            var text = Bodies[^1];
            response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} {1} answered {2}", method, url, text);
            using var document = JsonDocument.Parse(text);
            return document.RootElement.GetProperty("data").Clone();
        }
    }
}
