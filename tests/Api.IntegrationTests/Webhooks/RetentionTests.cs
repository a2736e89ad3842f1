using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Audit;
using FluxStore.Management.Application.Webhooks;

namespace FluxStore.Management.Api.IntegrationTests.Webhooks;

/// <summary>
/// The retention pruner on the test clock: webhook delivery attempts older than <c>FluxStore:Retention:WebhookDeliveries</c>
/// (30 days) and audit entries older than <c>FluxStore:Retention:AuditEntries</c> (1 year) disappear from the lists,
/// younger ones stay.
/// </summary>
public sealed class RetentionTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();
    private WebhookReceiver _receiver = null!;

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(WebhookTestKit.FastSettings())
    {
        ["FluxStore:Retention:PruneInterval"] = "00:00:00.100",
        ["FluxStore:Retention:BatchSize"] = "2", // several batches per pass
    };

    [SetUp]
    public async Task StartReceiverAsync() => _receiver = await WebhookReceiver.StartAsync();

    [TearDown]
    public async Task StopReceiverAsync() => await _receiver.DisposeAsync();

    [Test]
    public async Task DeliveryAttemptsOlderThan30DaysShouldBePrunedAndYoungerOnesKept()
    {
        var setup = await NewStoreWithKeyAsync();
        var endpoint = await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "order.created");
        var url = $"{WebhookTestKit.Base(setup.Store.Id)}/{endpoint.Id}";
        for (var i = 0; i < 5; i++)
        {
            (await setup.Owner.Client.PostAsync($"{url}/test", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var old = await WebhookTestKit.AttemptsWhenAsync(setup.Owner.Client, setup.Store.Id, endpoint.Id, p => p.Total == 5 && p.Items.All(a => a.Succeeded));
        old.Total.Should().Be(5);

        _clock.Advance(TimeSpan.FromDays(29));
        var young = await ReadAsync<WebhookDeliveryQueuedDto>(await setup.Owner.Client.PostAsync($"{url}/test", null));
        (await WebhookTestKit.AttemptsWhenAsync(setup.Owner.Client, setup.Store.Id, endpoint.Id, p => p.Total == 6)).Total.Should().Be(6);
        _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1)); // the first five are now just over 30 days old

        var left = await WebhookTestKit.AttemptsWhenAsync(setup.Owner.Client, setup.Store.Id, endpoint.Id, p => p.Total <= 1); // the pruner deletes in batches: wait for the whole pass
        left.Total.Should().Be(1, "attempts older than 30 days are pruned");
        left.Items.Single().DeliveryId.Should().Be(young.DeliveryId, "the 29-day-old attempt stays");

        // The old deliveries (and their stored bodies) went too: resending one is a 404; the young one resends.
        await ReadErrorAsync(await setup.Owner.Client.PostAsync($"{url}/deliveries/{old.Items[0].DeliveryId}/resend", null), HttpStatusCode.NotFound);
        (await setup.Owner.Client.PostAsync($"{url}/deliveries/{young.DeliveryId}/resend", null)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task AuditEntriesOlderThanAYearShouldBePrunedAndYoungerOnesKept()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var key = await NewKeyAsync(owner, store.Id);
        var giftCard = await OrderTestKit.DataAsync<JsonElement>(await WithKey(key.Key).PostAsJsonAsync("/api/v1/gift-cards", new { amount = 25m }));
        var codeUrl = $"/api/stores/{store.Id}/gift-cards/{giftCard.GetProperty("id").GetGuid()}/code";
        for (var i = 0; i < 3; i++)
        {
            await ReadAsync<JsonElement>(await owner.Client.GetAsync(codeUrl)); // each read is audited
        }

        _clock.Advance(TimeSpan.FromDays(300));
        await ReadAsync<JsonElement>(await owner.Client.GetAsync(codeUrl));
        var youngAt = _clock.GetUtcNow().UtcDateTime;
        (await AuditAsync(owner, store.Id)).Total.Should().Be(8, "the store created, its plan set, the key and the card created, and the four reads");

        _clock.Advance(TimeSpan.FromDays(65) + TimeSpan.FromMinutes(1)); // the first three are now just over 365 days old
        var until = DateTime.UtcNow.AddSeconds(10);
        var audit = await AuditAsync(owner, store.Id);
        while (audit.Total > 1 && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            audit = await AuditAsync(owner, store.Id);
        }

        audit.Total.Should().Be(1, "entries older than a year are pruned");
        audit.Items.Single().CreatedAt.Should().Be(youngAt, "the 300-day-old entry stays");
    }

    private async Task<PagedResult<AuditEntryDto>> AuditAsync(DashboardUser owner, Guid storeId) =>
        await ReadAsync<PagedResult<AuditEntryDto>>(await owner.Client.GetAsync($"/api/stores/{storeId}/audit"));
}
