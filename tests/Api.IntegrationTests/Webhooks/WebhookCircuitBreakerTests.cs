using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Audit;
using FluxStore.Management.Application.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Webhooks;

/// <summary>
/// The circuit breaker on the test clock: an endpoint is turned off only after 20 failed attempts in a row that span
/// at least an hour (both conditions), with <c>disabledReason</c>/<c>disabledAt</c> on the endpoint and an audit entry;
/// the owner turns it back on with <c>PATCH {isActive: true}</c>, which starts the count afresh.
/// </summary>
public sealed class WebhookCircuitBreakerTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();
    private WebhookReceiver _receiver = null!;

    protected override TimeProvider? Clock => _clock;

    /// <summary>Every retry waits one minute of the test clock, so each attempt happens when the test moves the clock.</summary>
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:Webhooks:AllowPrivateTargets"] = "true",
        ["FluxStore:Webhooks:PollInterval"] = "00:00:00.050",
        ["FluxStore:Webhooks:FirstRetryDelay"] = "00:01:00",
        ["FluxStore:Webhooks:RetryBackoffMultiplier"] = "1",
        ["FluxStore:Webhooks:MaxRetryDelay"] = "00:01:00",
        ["FluxStore:Webhooks:RequestTimeout"] = "00:00:05",
        ["FluxStore:Webhooks:ManualSendsPerMinute"] = "100",
    };

    [SetUp]
    public async Task StartReceiverAsync() => _receiver = await WebhookReceiver.StartAsync();

    [TearDown]
    public async Task StopReceiverAsync() => await _receiver.DisposeAsync();

    [Test]
    public async Task AnEndpointShouldBeTurnedOffAfterTwentyFailuresOverAnHourAndBackOnByItsOwner()
    {
        var setup = await NewStoreWithKeyAsync();
        var owner = setup.Owner.Client;
        var storeId = setup.Store.Id;
        _receiver.AnswerWith([.. Enumerable.Repeat(500, 1000)]);
        var endpoint = await WebhookTestKit.EndpointAsync(owner, storeId, _receiver.Url, "order.created");
        var url = $"{WebhookTestKit.Base(storeId)}/{endpoint.Id}";
        var package = await OrderTestKit.PackageAsync(setup.Api);
        await OrderTestKit.OrderAsync(setup.Api, "Alex", package.Id);
        await AttemptsAsync(setup, endpoint.Id, 1);

        // Two hours pass, then 18 more failures a minute apart: 19 failures over more than an hour is not enough.
        _clock.Advance(TimeSpan.FromHours(2));
        for (var n = 2; n <= 19; n++)
        {
            if (n > 2)
            {
                _clock.Advance(TimeSpan.FromMinutes(1));
            }

            await AttemptsAsync(setup, endpoint.Id, n);
        }

        var stillOn = await ReadAsync<WebhookEndpointDto>(await owner.GetAsync(url));
        stillOn.IsActive.Should().BeTrue("19 failures are fewer than 20");
        stillOn.DisabledReason.Should().BeNull();
        stillOn.DisabledAt.Should().BeNull();

        // The 20th failure, more than an hour after the first, turns it off.
        _clock.Advance(TimeSpan.FromMinutes(1));
        var trippedAt = _clock.GetUtcNow().UtcDateTime;
        await AttemptsAsync(setup, endpoint.Id, 20);
        var off = await WhenAsync(owner, url, e => !e.IsActive);
        off.IsActive.Should().BeFalse();
        off.DisabledReason.Should().NotBeNullOrWhiteSpace().And.Contain("isActive");
        off.DisabledAt.Should().BeCloseTo(trippedAt, TimeSpan.FromMilliseconds(1));
        var listed = await ReadAsync<List<WebhookEndpointDto>>(await owner.GetAsync(WebhookTestKit.Base(storeId)));
        listed.Single().DisabledAt.Should().Be(off.DisabledAt);

        var audit = await ReadAsync<PagedResult<AuditEntryDto>>(await owner.GetAsync($"/api/stores/{storeId}/audit"));
        audit.Items.Where(a => a.ActorKind == "System").Should().ContainSingle().Which.Should().Match<AuditEntryDto>(a =>
            a.Action == "webhook.endpoint.disabled" && a.TargetType == "WebhookEndpoint" && a.TargetId == endpoint.Id
            && a.ActorUserId == null && a.CreatedAt == off.DisabledAt);

        // The pending delivery is not sent again, and a new event is not queued to the endpoint.
        _clock.Advance(TimeSpan.FromMinutes(1));
        var last = await AttemptsAsync(setup, endpoint.Id, 21);
        last.Items.First().Should().Match<WebhookDeliveryAttemptDto>(a => a.Error == "The endpoint is disabled." && a.DeliveryStatus == "Failed");
        _receiver.Received.Should().HaveCount(20, "the 21st attempt never reached the receiver");
        await OrderTestKit.OrderAsync(setup.Api, "Steve", package.Id);
        await WithDbAsync(async db =>
            (await db.WebhookDeliveries.CountAsync(d => d.StoreId == storeId)).Should().Be(1, "no delivery is queued to a disabled endpoint"));

        // The owner turns it back on: reason, time and count are cleared.
        var on = await ReadAsync<WebhookEndpointDto>(await PatchAsync(owner, url, new { isActive = true }));
        on.IsActive.Should().BeTrue();
        on.DisabledReason.Should().BeNull();
        on.DisabledAt.Should().BeNull();
        (await ReadAsync<WebhookEndpointDto>(await owner.GetAsync(url))).DisabledAt.Should().BeNull();

        // Counted afresh: 22 failures within 21 minutes (more than 20, less than an hour) leave it on.
        (await owner.PostAsync($"{url}/test", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        await AttemptsAsync(setup, endpoint.Id, 22);
        for (var n = 23; n <= 43; n++)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            await AttemptsAsync(setup, endpoint.Id, n);
        }

        var afterReset = await ReadAsync<WebhookEndpointDto>(await owner.GetAsync(url));
        afterReset.IsActive.Should().BeTrue("22 failures within 21 minutes do not span an hour, and the old run was forgotten");
        afterReset.DisabledAt.Should().BeNull();
        (await ReadAsync<PagedResult<AuditEntryDto>>(await owner.GetAsync($"/api/stores/{storeId}/audit"))).Items
            .Count(a => a.Action == "webhook.endpoint.disabled").Should().Be(1);
    }

    [Test]
    public async Task ASuccessShouldResetTheRunOfFailures()
    {
        var setup = await NewStoreWithKeyAsync();
        var owner = setup.Owner.Client;
        var storeId = setup.Store.Id;
        _receiver.AnswerWith([.. Enumerable.Repeat(500, 19), 200, .. Enumerable.Repeat(500, 100)]);
        var endpoint = await WebhookTestKit.EndpointAsync(owner, storeId, _receiver.Url, "order.created");
        var url = $"{WebhookTestKit.Base(storeId)}/{endpoint.Id}";

        // 19 failures over two hours, then a success.
        (await owner.PostAsync($"{url}/test", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        await AttemptsAsync(setup, endpoint.Id, 1);
        _clock.Advance(TimeSpan.FromHours(2));
        for (var n = 2; n <= 20; n++)
        {
            if (n > 2)
            {
                _clock.Advance(TimeSpan.FromMinutes(1));
            }

            await AttemptsAsync(setup, endpoint.Id, n);
        }

        // A new failing run: its first failure would be the 20th in a row over an hour had the success not reset it.
        (await owner.PostAsync($"{url}/test", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var attempts = await AttemptsAsync(setup, endpoint.Id, 21);
        attempts.Items.Count(a => a.Succeeded).Should().Be(1);
        _clock.Advance(TimeSpan.FromHours(1));
        for (var n = 22; n <= 39; n++)
        {
            if (n > 22)
            {
                _clock.Advance(TimeSpan.FromMinutes(1));
            }

            await AttemptsAsync(setup, endpoint.Id, n);
        }

        var dto = await ReadAsync<WebhookEndpointDto>(await owner.GetAsync(url));
        dto.IsActive.Should().BeTrue("the run since the success has 19 failures");
        dto.DisabledAt.Should().BeNull();

        // Its 20th failure, over an hour after its first, trips the breaker.
        _clock.Advance(TimeSpan.FromMinutes(1));
        await AttemptsAsync(setup, endpoint.Id, 40);
        var off = await WhenAsync(owner, url, e => !e.IsActive);
        off.IsActive.Should().BeFalse();
        off.DisabledAt.Should().Be(_clock.GetUtcNow().UtcDateTime);
    }

    private static async Task<PagedResult<WebhookDeliveryAttemptDto>> AttemptsAsync(StoreSetup setup, Guid endpointId, int total)
    {
        var page = await WebhookTestKit.AttemptsWhenAsync(setup.Owner.Client, setup.Store.Id, endpointId, p => p.Total >= total);
        page.Total.Should().Be(total, "attempt {0} happens once the test clock reaches it, and no other", total);
        return page;
    }

    private async Task<WebhookEndpointDto> WhenAsync(HttpClient owner, string url, Func<WebhookEndpointDto, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var dto = await ReadAsync<WebhookEndpointDto>(await owner.GetAsync(url));
            if (done(dto) || DateTime.UtcNow > until)
            {
                return dto;
            }

            await Task.Delay(50);
        }
    }
}
