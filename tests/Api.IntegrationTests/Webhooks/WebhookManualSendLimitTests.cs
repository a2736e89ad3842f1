using System.Net.Http.Headers;
using FluxStore.Management.Application.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Webhooks;

/// <summary>
/// <c>POST …/webhooks/{id}/test</c> and <c>…/resend</c> share one budget per store per minute
/// (<c>FluxStore:Webhooks:ManualSendsPerMinute</c>), exact across two instances with the database rate-limit store;
/// beyond it 429 with <c>Retry-After</c> in the wrapper, and nothing is queued.
/// </summary>
public sealed class WebhookManualSendLimitTests(string provider) : TwoInstanceTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:Store"] = "Database",
        ["FluxStore:Webhooks:ManualSendsPerMinute"] = "3",
        ["FluxStore:Webhooks:DispatcherEnabled"] = "false",
        ["FluxStore:Webhooks:AllowPrivateTargets"] = "true",
    };

    [Test]
    public async Task TestAndResendShouldShareOneLimitPerStoreAcrossInstances()
    {
        var setup = await NewStoreWithKeyAsync();
        var first = setup.Owner.Client;
        var second = Second.CreateClient();
        second.DefaultRequestHeaders.Authorization = first.DefaultRequestHeaders.Authorization;
        var endpoint = await WebhookTestKit.EndpointAsync(first, setup.Store.Id, "http://127.0.0.1:9/hook", "order.created");
        var url = $"{WebhookTestKit.Base(setup.Store.Id)}/{endpoint.Id}";

        var queued = await ReadAsync<WebhookDeliveryQueuedDto>(await first.PostAsync($"{url}/test", null));
        await ReadAsync<WebhookDeliveryQueuedDto>(await second.PostAsync($"{url}/deliveries/{queued.DeliveryId}/resend", null));
        await ReadAsync<WebhookDeliveryQueuedDto>(await second.PostAsync($"{url}/test", null));

        var refused = await first.PostAsync($"{url}/test", null);
        var error = await ReadErrorAsync(refused, HttpStatusCode.TooManyRequests);
        error.Message.Should().Contain("3 per minute");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        retryAfter.Should().BeInRange(1, 60);
        await ReadErrorAsync(await second.PostAsync($"{url}/deliveries/{queued.DeliveryId}/resend", null), HttpStatusCode.TooManyRequests);
        await WithDbAsync(async db =>
            (await db.WebhookDeliveries.CountAsync(d => d.StoreId == setup.Store.Id)).Should().Be(3, "a refused call queues nothing"));

        // Per store: another store's budget is its own.
        var other = await NewStoreWithKeyAsync();
        var otherEndpoint = await WebhookTestKit.EndpointAsync(other.Owner.Client, other.Store.Id, "http://127.0.0.1:9/hook", "order.created");
        (await other.Owner.Client.PostAsync($"{WebhookTestKit.Base(other.Store.Id)}/{otherEndpoint.Id}/test", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        // The next window starts afresh.
        _clock.Advance(TimeSpan.FromSeconds(retryAfter));
        await ReadAsync<WebhookDeliveryQueuedDto>(await second.PostAsync($"{url}/test", null));
    }

    [Test]
    public async Task RefusedAndUnknownCallsShouldNotUseTheStoresBudget()
    {
        var setup = await NewStoreWithKeyAsync();
        var endpoint = await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, "http://127.0.0.1:9/hook", "order.created");
        var url = $"{WebhookTestKit.Base(setup.Store.Id)}/{endpoint.Id}";
        var stranger = await NewUserAsync();

        for (var i = 0; i < 5; i++)
        {
            await ReadErrorAsync(await stranger.Client.PostAsync($"{url}/test", null), HttpStatusCode.NotFound);
            await ReadErrorAsync(
                await setup.Owner.Client.PostAsync($"{WebhookTestKit.Base(setup.Store.Id)}/{Guid.NewGuid()}/test", null), HttpStatusCode.NotFound);
            await ReadErrorAsync(
                await setup.Owner.Client.PostAsync($"{url}/deliveries/{Guid.NewGuid()}/resend", null), HttpStatusCode.NotFound);
        }

        for (var i = 0; i < 3; i++)
        {
            (await setup.Owner.Client.PostAsync($"{url}/test", null)).StatusCode.Should().Be(HttpStatusCode.OK, "call {0} is within the owner's budget", i + 1);
        }

        await ReadErrorAsync(await setup.Owner.Client.PostAsync($"{url}/test", null), HttpStatusCode.TooManyRequests);
    }
}
