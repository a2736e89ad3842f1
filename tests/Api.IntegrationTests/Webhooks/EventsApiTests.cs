using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Events;
using Microsoft.EntityFrameworkCore;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Webhooks;

/// <summary>
/// The events API (<c>/api/v1/events</c>, <c>/api/stores/{storeId}/events</c>): every event of the last 30 days whether
/// or not an endpoint listens, by the caller's per-area View permissions, cursor-paged, filtered; on the test clock.
/// </summary>
public sealed class EventsApiTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();
    private WebhookReceiver _receiver = null!;

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(WebhookTestKit.FastSettings())
    {
        ["FluxStore:Retention:PruneInterval"] = "00:00:00.100",
    };

    [SetUp]
    public async Task StartReceiverAsync() => _receiver = await WebhookReceiver.StartAsync();

    [TearDown]
    public async Task StopReceiverAsync() => await _receiver.DisposeAsync();

    [Test]
    public async Task EachPermissionShouldShowItsOwnEventTypesWithNoEndpointListening()
    {
        var setup = await NewStoreWithKeyAsync();
        var monthly = await PackageAsync(setup.Api, name: "Monthly", subscriptionInterval: new { value = 1, unit = "month" });
        var order = await OrderAsync(setup.Api, "Alex", monthly.Id);
        (await setup.Api.PostAsync($"/api/v1/orders/{order.Id}/refund", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var all = await ListAsync(setup.Api, "/api/v1/events?limit=100");
        all.Items.Select(e => e.Type).Should().BeEquivalentTo(
            "package.created", "order.created", "subscription.created", "order.refunded", "subscription.cancelled");
        all.Items.Should().OnlyContain(e => e.StoreId == setup.Store.Id);
        all.Items.Single(e => e.Type == "order.created").Data.GetProperty("id").GetGuid().Should().Be(order.Id);

        var orders = WithKey((await NewKeyAsync(setup.Owner, setup.Store.Id, new Dictionary<string, string[]> { ["Orders"] = ["View"] })).Key);
        (await ListAsync(orders, "/api/v1/events")).Items.Select(e => e.Type).Should().BeEquivalentTo("order.created", "order.refunded");
        var subscriptions = WithKey((await NewKeyAsync(setup.Owner, setup.Store.Id, new Dictionary<string, string[]> { ["Subscriptions"] = ["View"] })).Key);
        (await ListAsync(subscriptions, "/api/v1/events")).Items.Select(e => e.Type).Should().BeEquivalentTo("subscription.created", "subscription.cancelled");
        var packages = WithKey((await NewKeyAsync(setup.Owner, setup.Store.Id, new Dictionary<string, string[]> { ["Packages"] = ["View", "Edit"] })).Key);
        (await ListAsync(packages, "/api/v1/events")).Items.Select(e => e.Type).Should().Equal("package.created");

        // A type the key may not see: asked for, 403 naming the permission; fetched by id, the same.
        (await ReadErrorAsync(await orders.GetAsync("/api/v1/events?type=package.*"), HttpStatusCode.Forbidden)).Message.Should().Contain("Packages:View");
        var packageEvent = all.Items.Single(e => e.Type == "package.created");
        (await ReadErrorAsync(await orders.GetAsync($"/api/v1/events/{packageEvent.Id}"), HttpStatusCode.Forbidden)).Message.Should().Contain("Packages:View");
        (await ReadAsync<EventDto>(await packages.GetAsync($"/api/v1/events/{packageEvent.Id}"))).Type.Should().Be("package.created");

        // No area that shows events: 403.
        var coupons = WithKey((await NewKeyAsync(setup.Owner, setup.Store.Id, new Dictionary<string, string[]> { ["Coupons"] = ["View"] })).Key);
        (await ReadErrorAsync(await coupons.GetAsync("/api/v1/events"), HttpStatusCode.Forbidden)).Message.Should().Contain("Orders:View");

        // The dashboard: a member sees by their permission set, the owner everything.
        var member = await NewUserAsync();
        (await setup.Owner.AddMemberAsync(setup.Store.Id, member, "Subscriptions:View")).EnsureSuccessStatusCode();
        (await ListAsync(member.Client, $"/api/stores/{setup.Store.Id}/events")).Items.Select(e => e.Type)
            .Should().BeEquivalentTo("subscription.created", "subscription.cancelled");
        (await ListAsync(setup.Owner.Client, $"/api/stores/{setup.Store.Id}/events?limit=100")).Items.Should().HaveCount(5);
    }

    [Test]
    public async Task GetShouldAnswerTheBodyAWebhookReceives()
    {
        var setup = await NewStoreWithKeyAsync();
        await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "package.created");
        var package = await PackageAsync(setup.Api);
        var received = (await _receiver.WaitForAsync(1, TimeSpan.FromSeconds(10))).Single();

        var response = await setup.Api.GetAsync($"/api/v1/events/{received.EventId}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var wrapper = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        wrapper.RootElement.GetProperty("data").GetRawText().Should().Be(received.Body, "the event is the webhook's body, byte for byte");
        received.Json.GetProperty("data").GetProperty("id").GetGuid().Should().Be(package.Id);
    }

    [Test]
    public async Task EventsOlderThan30DaysShouldLeaveTheListAndBePruned()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api);
        var old = (await ListAsync(setup.Api, "/api/v1/events")).Items.Single();
        _clock.Advance(TimeSpan.FromDays(20));
        (await PatchAsync(setup.Api, $"/api/v1/packages/{package.Id}", new { price = 12.5m })).StatusCode.Should().Be(HttpStatusCode.OK);
        var young = (await ListAsync(setup.Api, "/api/v1/events")).Items.First();
        young.Type.Should().Be("package.updated");
        (await ListAsync(setup.Api, $"/api/v1/events?createdAfter={Uri.EscapeDataString(old.CreatedAt.AddSeconds(1).ToString("O"))}"))
            .Items.Select(e => e.Id).Should().Equal(young.Id);

        _clock.Advance(TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1)); // the first is now just over 30 days old
        (await ListAsync(setup.Api, "/api/v1/events")).Items.Select(e => e.Id).Should().Equal(young.Id);
        await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/events/{old.Id}"), HttpStatusCode.NotFound);
        (await ReadAsync<EventDto>(await setup.Api.GetAsync($"/api/v1/events/{young.Id}"))).Id.Should().Be(young.Id);

        // The pruner deletes the old row (FluxStore:Retention:Events, 30 days) and keeps the young one.
        var left = new List<Guid>();
        await Eventually.Until(async () =>
        {
            left = await Factory.WithDbAsync(db => db.StoreEvents.Where(e => e.StoreId == setup.Store.Id).Select(e => e.Id).ToListAsync());
            return left.Count == 1;
        }, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100));

        left.Should().Equal(young.Id);
    }

    [Test]
    public async Task DeliveryFailedShouldListAnEventWhileAnEndpointIsDownAndNotAfterASuccessfulResend()
    {
        var setup = await NewStoreWithKeyAsync();
        var endpoint = await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "order.created");
        _receiver.AnswerWith(500);
        var package = await PackageAsync(setup.Api); // package.created: nobody listens, never "failed"
        var order = await OrderAsync(setup.Api, "Alex", package.Id);
        var attempt = (await WebhookTestKit.AttemptsWhenAsync(setup.Owner.Client, setup.Store.Id, endpoint.Id, p => p.Total >= 1)).Items.Single();
        attempt.Succeeded.Should().BeFalse();

        // The retry waits for the (frozen) test clock: the endpoint stays "down" for this event.
        var failed = await ListAsync(setup.Api, "/api/v1/events?deliveryFailed=true");
        failed.Items.Select(e => e.Id).Should().Equal(attempt.EventId);
        failed.Items.Single().Data.GetProperty("id").GetGuid().Should().Be(order.Id);
        (await ListAsync(setup.Api, "/api/v1/events?deliveryFailed=false")).Items.Select(e => e.Type).Should().Equal("package.created");
        (await ListAsync(setup.Owner.Client, $"/api/stores/{setup.Store.Id}/events?deliveryFailed=true&type=order.*")).Items.Should().HaveCount(1);

        (await setup.Owner.Client.PostAsync($"{WebhookTestKit.Base(setup.Store.Id)}/{endpoint.Id}/deliveries/{attempt.DeliveryId}/resend", null))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await WebhookTestKit.AttemptsWhenAsync(setup.Owner.Client, setup.Store.Id, endpoint.Id, p => p.Items.Any(a => a.Succeeded)))
            .Items.Should().Contain(a => a.Succeeded);

        (await ListAsync(setup.Api, "/api/v1/events?deliveryFailed=true")).Items.Should().BeEmpty("the endpoint received the event on the resend");
        (await ListAsync(setup.Api, "/api/v1/events?deliveryFailed=false")).Items.Select(e => e.Id).Should().Contain(attempt.EventId);
    }

    [Test]
    public async Task AStoreShouldSeeOnlyItsOwnEvents()
    {
        var first = await NewStoreWithKeyAsync();
        var second = await NewStoreWithKeyAsync();
        await PackageAsync(first.Api, name: "First");
        await PackageAsync(second.Api, name: "Second");
        var firstPage = await ListAsync(first.Api, "/api/v1/events?limit=1");
        var firstEvent = firstPage.Items.Single();
        var secondEvent = (await ListAsync(second.Api, "/api/v1/events")).Items.Single();
        secondEvent.Id.Should().NotBe(firstEvent.Id);
        secondEvent.Data.GetProperty("name").GetString().Should().Be("Second");

        await ReadErrorAsync(await second.Api.GetAsync($"/api/v1/events/{firstEvent.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await second.Owner.Client.GetAsync($"/api/stores/{second.Store.Id}/events/{firstEvent.Id}"), HttpStatusCode.NotFound);
        (await ReadErrorAsync(await second.Owner.Client.GetAsync($"/api/stores/{first.Store.Id}/events"), HttpStatusCode.NotFound))
            .Message.Should().Be("Store not found.");

        // A cursor of one store's list is refused by another's.
        await PackageAsync(first.Api, name: "First again");
        var cursor = (await ListAsync(first.Api, "/api/v1/events?limit=1")).NextCursor;
        cursor.Should().NotBeNull();
        await ReadErrorAsync(await second.Api.GetAsync($"/api/v1/events?after={Uri.EscapeDataString(cursor!)}"), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task CursorsShouldWalkEveryEventNewestFirst()
    {
        var setup = await NewStoreWithKeyAsync();
        for (var i = 0; i < 5; i++)
        {
            await PackageAsync(setup.Api, name: $"P{i}");
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var walked = new List<EventDto>();
        var page = await ListAsync(setup.Api, "/api/v1/events?limit=2");
        page.PreviousCursor.Should().BeNull();
        walked.AddRange(page.Items);
        while (page.NextCursor is { } next)
        {
            page = await ListAsync(setup.Api, $"/api/v1/events?limit=2&after={Uri.EscapeDataString(next)}");
            walked.AddRange(page.Items);
        }

        walked.Select(e => e.Data.GetProperty("name").GetString()).Should().Equal("P4", "P3", "P2", "P1", "P0");
        page.HasMore.Should().BeFalse();
        var back = await ListAsync(setup.Api, $"/api/v1/events?limit=2&before={Uri.EscapeDataString(page.PreviousCursor!)}");
        back.Items.Select(e => e.Data.GetProperty("name").GetString()).Should().Equal("P2", "P1");
        (await ListAsync(setup.Api, "/api/v1/events")).Items.Should().HaveCount(5, "without limit a page holds 20");
    }

    [TestCase("type=order.bogus", "type")]
    [TestCase("type=coupon.*", "type")]
    [TestCase("type=*", "type")]
    [TestCase("skip=20", "cursors")]
    [TestCase("take=5", "cursors")]
    [TestCase("limit=0", "limit")]
    [TestCase("limit=101", "limit")]
    [TestCase("after=not-a-cursor", "after")]
    [TestCase("createdAfter=yesterday", "createdAfter")]
    [TestCase("deliveryFailed=maybe", "deliveryFailed")]
    public async Task BadFiltersShouldAnswer400(string query, string named)
    {
        var setup = await NewStoreWithKeyAsync();
        var error = await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/events?{query}"), HttpStatusCode.BadRequest);
        (error.Message + string.Join(' ', error.Errors.Select(e => e.ToString()))).Should().ContainEquivalentOf(named);
    }

    private static async Task<CursorPage<EventDto>> ListAsync(HttpClient client, string url) =>
        await DataAsync<CursorPage<EventDto>>(await client.GetAsync(url));
}
