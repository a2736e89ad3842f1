using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Infrastructure.Webhooks;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>Reads the deliveries list until <paramref name="done"/> holds (or 10 s pass).</summary>
    public static Task<PagedResult<WebhookDeliveryAttemptDto>> AttemptsWhenAsync(
        HttpClient owner, Guid storeId, Guid endpointId, Func<PagedResult<WebhookDeliveryAttemptDto>, bool> done) =>
        Eventually.Until(() => AttemptsAsync(owner, storeId, endpointId), done, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100));

    /// <summary>
    /// Waits until the API's dispatcher has finished two polls after this call and has nothing in flight: whatever was
    /// due when it was called has been sent by then. The positive signal a "nothing else was sent" check waits for.
    /// </summary>
    public static async Task AfterNextPollsAsync(FluxStoreFactory api)
    {
        var dispatcher = api.Services.GetRequiredService<WebhookDispatcher>();
        (await Eventually.AfterNextPass(() => dispatcher.CompletedPolls, TimeSpan.FromSeconds(10))).Should().BeTrue("the dispatcher polls every 100 ms");
        (await Eventually.Until(() => dispatcher.InFlight == 0, TimeSpan.FromSeconds(10))).Should().BeTrue("what the poll leased is sent");
    }
}
