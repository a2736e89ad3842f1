using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Packages;
using FluxStore.Management.Application.Servers;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>Set-up and reading helpers for the order, customer and subscription tests.</summary>
internal static class OrderTestKit
{
    public static Task<T> DataAsync<T>(HttpResponseMessage response) => ApiTestBase.ReadAsync<T>(response);

    public static Task<string> BadRequestAsync(HttpResponseMessage response) => ApiTestBase.ReadBadRequestAsync(response);

    public static async Task<GameServerCreatedDto> ServerAsync(StoreSetup setup, string name = "Survival") =>
        await DataAsync<GameServerCreatedDto>(await setup.Owner.Client.PostAsJsonAsync($"/api/stores/{setup.Store.Id}/servers", new { name }));

    public static async Task<PackageDto> PackageAsync(
        HttpClient api,
        string name = "VIP Rank",
        decimal price = 9.99m,
        Guid[]? serverIds = null,
        object[]? commands = null,
        Guid? categoryId = null,
        bool isActive = true,
        object? subscriptionInterval = null) =>
        await DataAsync<PackageDto>(await api.PostAsJsonAsync("/api/v1/packages", new
        {
            name,
            price,
            isActive,
            categoryId,
            serverIds = serverIds ?? [],
            commands = commands ?? [],
            isSubscription = subscriptionInterval is not null,
            subscriptionInterval,
        }));

    public static Task<HttpResponseMessage> PostOrderAsync(
        HttpClient api, string playerUsername, Guid packageId, int quantity = 1, Guid? serverId = null,
        string? playerUuid = null, string? email = null, string? couponCode = null) =>
        api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername,
            playerUuid,
            email,
            couponCode,
            items = new[] { new { packageId, quantity, serverId } },
        });

    public static async Task<OrderDto> OrderAsync(
        HttpClient api, string playerUsername, Guid packageId, int quantity = 1, Guid? serverId = null,
        string? playerUuid = null, string? email = null, string? couponCode = null) =>
        await DataAsync<OrderDto>(await PostOrderAsync(api, playerUsername, packageId, quantity, serverId, playerUuid, email, couponCode));

    public static async Task<PagedResult<T>> PageAsync<T>(HttpClient api, string url) =>
        await DataAsync<PagedResult<T>>(await api.GetAsync(url));

    /// <summary>A coupon through the Store API; returns its id.</summary>
    public static async Task<Guid> CouponAsync(HttpClient api, object body)
    {
        var coupon = await DataAsync<JsonElement>(await api.PostAsJsonAsync("/api/v1/coupons", body));
        return coupon.GetProperty("id").GetGuid();
    }

    public static async Task<int> CouponUsedCountAsync(HttpClient api, Guid couponId)
    {
        var coupon = await DataAsync<JsonElement>(await api.GetAsync($"/api/v1/coupons/{couponId}"));
        return coupon.GetProperty("usedCount").GetInt32();
    }
}
