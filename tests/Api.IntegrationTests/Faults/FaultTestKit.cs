namespace FluxStore.Management.Api.IntegrationTests.Faults;

/// <summary>A Pro store with a key, a game server, a package with two purchase commands and a 10 % coupon, made over HTTP only.</summary>
internal static class FaultTestKit
{
    public const string CouponCode = "BURST10";

    public static async Task<FaultStore> SeedAsync(Func<HttpClient> newClient)
    {
        var anonymous = newClient();
        var email = $"owner-{Guid.NewGuid():N}@example.com";
        const string password = "correct-horse-battery";
        await DataAsync(await anonymous.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = "Owner" }));
        var owner = newClient();
        owner.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(anonymous, email, password));
        var admin = newClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(anonymous, FluxStoreFactory.AdminEmail, FluxStoreFactory.AdminPassword));

        var storeId = (await DataAsync(await owner.PostAsJsonAsync("/api/stores", new { name = "Fault store", currency = "USD" }))).GetProperty("id").GetGuid();
        await DataAsync(await admin.PutAsJsonAsync($"/api/admin/stores/{storeId}/plan", new { plan = "Pro", expiresAt = (DateTime?)null }));
        var key = (await DataAsync(await owner.PostAsJsonAsync($"/api/stores/{storeId}/api-keys", new { name = "Fault key", permissions = ApiTestBase.AllPermissions })))
            .GetProperty("key").GetString()!;
        var serverId = (await DataAsync(await owner.PostAsJsonAsync($"/api/stores/{storeId}/servers", new { name = "Survival" }))).GetProperty("id").GetGuid();

        var api = newClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", key);
        var packageId = (await DataAsync(await api.PostAsJsonAsync("/api/v1/packages", new
        {
            name = "VIP",
            price = 5.00m,
            isActive = true,
            serverIds = new[] { serverId },
            commands = new[]
            {
                new { stage = "purchase", content = "lp user {username} parent add vip", onlineOnly = false },
                new { stage = "purchase", content = "say {username} bought {packageName}", onlineOnly = false },
            },
        }))).GetProperty("id").GetGuid();
        var couponId = (await DataAsync(await api.PostAsJsonAsync("/api/v1/coupons", new
        {
            code = CouponCode, discountType = "percentage", discountValue = 10, isActive = true,
        }))).GetProperty("id").GetGuid();
        return new FaultStore(storeId, key, packageId, couponId);
    }

    /// <summary>Order <paramref name="n"/> of a burst: ten players, every other order with the coupon.</summary>
    public static object Order(Guid packageId, int n) => new
    {
        playerUsername = $"Player{n % 10}",
        couponCode = n % 2 == 0 ? CouponCode : null,
        items = new[] { new { packageId, quantity = 1 } },
    };

    public static Task<JsonElement> DataAsync(HttpResponseMessage response) => ApiTestBase.ReadAsync<JsonElement>(response);

    private static async Task<string> TokenAsync(HttpClient client, string email, string password) =>
        (await DataAsync(await client.PostAsJsonAsync("/api/auth/login", new { email, password }))).GetProperty("accessToken").GetString()!;
}

internal sealed record FaultStore(Guid StoreId, string ApiKey, Guid PackageId, Guid CouponId);
