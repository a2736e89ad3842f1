using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Webhooks;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

internal static class WebhookTestKit
{
    /// <summary>Fast retries so a three-attempt delivery takes about a second.</summary>
    public static Dictionary<string, string?> FastSettings(bool allowPrivateTargets = true) => new()
    {
        ["FluxStore:Webhooks:AllowPrivateTargets"] = allowPrivateTargets ? "true" : "false",
        ["FluxStore:Webhooks:PollInterval"] = "00:00:00.100",
        ["FluxStore:Webhooks:FirstRetryDelay"] = "00:00:00.200",
        ["FluxStore:Webhooks:RetryBackoffMultiplier"] = "1.5",
        ["FluxStore:Webhooks:MaxRetryDelay"] = "00:00:01",
        ["FluxStore:Webhooks:RequestTimeout"] = "00:00:05",
    };

    public static string Base(Guid storeId) => $"/api/stores/{storeId}/webhooks";

    public static Task<HttpResponseMessage> PostEndpointAsync(HttpClient owner, Guid storeId, string url, params string[] events) =>
        owner.PostAsJsonAsync(Base(storeId), new { url, events, isActive = true });

    public static async Task<WebhookEndpointCreatedDto> EndpointAsync(HttpClient owner, Guid storeId, string url, params string[] events) =>
        await OrderTestKit.DataAsync<WebhookEndpointCreatedDto>(await PostEndpointAsync(owner, storeId, url, events));

    public static async Task<PagedResult<WebhookDeliveryAttemptDto>> AttemptsAsync(HttpClient owner, Guid storeId, Guid endpointId) =>
        await OrderTestKit.DataAsync<PagedResult<WebhookDeliveryAttemptDto>>(await owner.GetAsync($"{Base(storeId)}/{endpointId}/deliveries?take=100"));

    /// <summary>Polls the deliveries list until <paramref name="done"/> holds (or 10 s pass).</summary>
    public static async Task<PagedResult<WebhookDeliveryAttemptDto>> AttemptsWhenAsync(
        HttpClient owner, Guid storeId, Guid endpointId, Func<PagedResult<WebhookDeliveryAttemptDto>, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var page = await AttemptsAsync(owner, storeId, endpointId);
            if (done(page) || DateTime.UtcNow > until)
            {
                return page;
            }

            await Task.Delay(100);
        }
    }
}
