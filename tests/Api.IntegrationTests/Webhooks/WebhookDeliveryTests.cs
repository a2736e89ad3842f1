using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Webhooks;

/// <summary>Signed deliveries end to end: a manual order reaches a receiver started by the test.</summary>
public sealed class WebhookDeliveryTests(string provider) : ApiTestBase(provider)
{
    private WebhookReceiver _receiver = null!;

    protected override IDictionary<string, string?> Settings => WebhookTestKit.FastSettings();

    [SetUp]
    public async Task StartReceiverAsync() => _receiver = await WebhookReceiver.StartAsync();

    [TearDown]
    public async Task StopReceiverAsync() => await _receiver.DisposeAsync();

    [Test]
    public async Task ShouldDeliverSignedOrderCreatedWithinFiveSecondsOfAManualOrder()
    {
        var setup = await NewStoreWithKeyAsync();
        var endpoint = await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "order.created");
        endpoint.Secret.Should().StartWith("whsec_").And.HaveLength("whsec_".Length + 32);
        var package = await OrderTestKit.PackageAsync(setup.Api);

        var order = await OrderTestKit.OrderAsync(setup.Api, "Steve", package.Id, email: "steve@example.com");

        var received = await _receiver.WaitForAsync(1, TimeSpan.FromSeconds(5));
        received.Should().ContainSingle("the event arrives within 5 seconds, once");
        var hook = received[0];
        hook.SignatureVerifies(endpoint.Secret).Should().BeTrue("the signature is HMAC-SHA256 of \"t.body\" with the secret shown at creation");
        hook.SignatureVerifies("whsec_" + new string('x', 32)).Should().BeFalse();
        hook.ContentType.Should().Be("application/json");
        hook.Type.Should().Be("order.created");
        hook.Json.GetProperty("id").GetString().Should().Be(hook.EventId);
        hook.Json.GetProperty("storeId").GetGuid().Should().Be(setup.Store.Id);
        hook.Json.GetProperty("createdAt").GetDateTime().Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        var data = hook.Json.GetProperty("data");
        data.GetProperty("id").GetGuid().Should().Be(order.Id);
        data.GetProperty("email").GetString().Should().Be("s***@example.com", "emails are masked as in the Store API");
        hook.Body.Should().NotContain("steve@example.com");
        data.GetProperty("items")[0].GetProperty("packageId").GetGuid().Should().Be(package.Id);

        var attempts = await WebhookTestKit.AttemptsWhenAsync(setup.Owner.Client, setup.Store.Id, endpoint.Id, p => p.Total == 1);
        attempts.Items.Should().ContainSingle().Which.Should().Match<WebhookDeliveryAttemptDto>(a =>
            a.Succeeded && a.StatusCode == 200 && a.Attempt == 1 && a.EventType == "order.created" && a.EventId.ToString() == hook.EventId
            && a.DeliveryStatus == "Succeeded" && a.Error == null);
    }

    [Test]
    public async Task ShouldRetryAfterFailuresAndRecordEveryAttempt()
    {
        var setup = await NewStoreWithKeyAsync();
        _receiver.AnswerWith(500, 500, 200);
        var endpoint = await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "order.created");
        var package = await OrderTestKit.PackageAsync(setup.Api);

        await OrderTestKit.OrderAsync(setup.Api, "Alex", package.Id);

        var received = await _receiver.WaitForAsync(3, TimeSpan.FromSeconds(10));
        received.Should().HaveCount(3, "two 500s are retried and the third attempt succeeds");
        received.Select(r => r.EventId).Distinct().Should().ContainSingle("every attempt carries the same event id");
        received.Should().OnlyContain(r => r.Body == received[0].Body);

        var attempts = await WebhookTestKit.AttemptsWhenAsync(setup.Owner.Client, setup.Store.Id, endpoint.Id, p => p.Total == 3);
        attempts.Total.Should().Be(3);
        attempts.Items.OrderBy(a => a.Attempt).Select(a => (a.Attempt, a.StatusCode, a.Succeeded))
            .Should().Equal((1, 500, false), (2, 500, false), (3, 200, true));
        attempts.Items.Should().OnlyContain(a => a.DeliveryStatus == "Succeeded" && a.DurationMs >= 0);
        attempts.Items.Where(a => !a.Succeeded).Should().OnlyContain(a => a.Error!.Contains("500"));

        await WebhookTestKit.AfterNextPollsAsync(Factory);
        _receiver.Received.Should().HaveCount(3, "a delivered event is not sent again");
    }

    [Test]
    public async Task ShouldResendADeliveryWithTheSameEventIdAndBody()
    {
        var setup = await NewStoreWithKeyAsync();
        var endpoint = await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "order.created");
        var package = await OrderTestKit.PackageAsync(setup.Api);
        await OrderTestKit.OrderAsync(setup.Api, "Alex", package.Id);
        (await _receiver.WaitForAsync(1, TimeSpan.FromSeconds(5))).Should().HaveCount(1);
        var first = (await WebhookTestKit.AttemptsWhenAsync(setup.Owner.Client, setup.Store.Id, endpoint.Id, p => p.Total == 1)).Items.Single();

        var queued = await ReadAsync<WebhookDeliveryQueuedDto>(await setup.Owner.Client.PostAsync(
            $"{WebhookTestKit.Base(setup.Store.Id)}/{endpoint.Id}/deliveries/{first.DeliveryId}/resend", null));

        queued.EventId.Should().Be(first.EventId);
        queued.DeliveryId.Should().NotBe(first.DeliveryId);
        var received = await _receiver.WaitForAsync(2, TimeSpan.FromSeconds(5));
        received.Should().HaveCount(2);
        received[1].EventId.Should().Be(received[0].EventId, "a receiver dedupes a resend by its event id");
        received[1].Body.Should().Be(received[0].Body);
        received[1].SignatureVerifies(endpoint.Secret).Should().BeTrue();

        // A listed attempt's id is accepted as well; an unknown id is a 404.
        (await setup.Owner.Client.PostAsync($"{WebhookTestKit.Base(setup.Store.Id)}/{endpoint.Id}/deliveries/{first.Id}/resend", null))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        await ReadErrorAsync(
            await setup.Owner.Client.PostAsync($"{WebhookTestKit.Base(setup.Store.Id)}/{endpoint.Id}/deliveries/{Guid.NewGuid()}/resend", null),
            HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldSendTestEventsToThatEndpointOnly()
    {
        var setup = await NewStoreWithKeyAsync();
        var target = await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "package.deleted");
        await using var other = await WebhookReceiver.StartAsync();
        await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, other.Url, "package.deleted");

        var queued = await ReadAsync<WebhookDeliveryQueuedDto>(
            await setup.Owner.Client.PostAsync($"{WebhookTestKit.Base(setup.Store.Id)}/{target.Id}/test", null));

        queued.EventType.Should().Be("webhook.test");
        var received = await _receiver.WaitForAsync(1, TimeSpan.FromSeconds(5));
        received.Should().ContainSingle().Which.Type.Should().Be("webhook.test");
        received[0].EventId.Should().Be(queued.EventId.ToString());
        received[0].SignatureVerifies(target.Secret).Should().BeTrue();
        await WebhookTestKit.AfterNextPollsAsync(Factory);
        other.Received.Should().BeEmpty("the test event goes to the endpoint it was sent from only");
    }

    [Test]
    public async Task ShouldSignWithTheRolledSecretOnly()
    {
        var setup = await NewStoreWithKeyAsync();
        var endpoint = await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "order.created");

        var rolled = await ReadAsync<WebhookEndpointCreatedDto>(
            await setup.Owner.Client.PostAsync($"{WebhookTestKit.Base(setup.Store.Id)}/{endpoint.Id}/roll-secret", null));
        await setup.Owner.Client.PostAsync($"{WebhookTestKit.Base(setup.Store.Id)}/{endpoint.Id}/test", null);

        rolled.Secret.Should().StartWith("whsec_").And.NotBe(endpoint.Secret);
        var hook = (await _receiver.WaitForAsync(1, TimeSpan.FromSeconds(5))).Single();
        hook.SignatureVerifies(rolled.Secret).Should().BeTrue();
        hook.SignatureVerifies(endpoint.Secret).Should().BeFalse("the old secret no longer signs");
    }

    [Test]
    public async Task ShouldRaisePackageEventsWithTheStoreApiDto()
    {
        var setup = await NewStoreWithKeyAsync();
        var endpoint = await WebhookTestKit.EndpointAsync(
            setup.Owner.Client, setup.Store.Id, _receiver.Url, "package.created", "package.updated", "package.deleted");

        var package = await OrderTestKit.PackageAsync(setup.Api, name: "Knight");
        (await PatchAsync(setup.Api, $"/api/v1/packages/{package.Id}", new { name = "Paladin" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await setup.Api.DeleteAsync($"/api/v1/packages/{package.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var received = await _receiver.WaitForAsync(3, TimeSpan.FromSeconds(5));
        var events = received.OrderBy(r => r.Json.GetProperty("createdAt").GetDateTime())
            .Select(r => (r.Type, Name: r.Json.GetProperty("data").GetProperty("name").GetString(), Id: r.Json.GetProperty("data").GetProperty("id").GetGuid()))
            .ToList();
        events.Should().Equal(("package.created", "Knight", package.Id), ("package.updated", "Paladin", package.Id), ("package.deleted", "Paladin", package.Id));
        received.Should().OnlyContain(r => r.SignatureVerifies(endpoint.Secret));
    }

    [Test]
    public async Task ShouldRaiseCommandDeliveredWhenThePluginAcknowledges()
    {
        var setup = await NewStoreWithKeyAsync();
        var server = await OrderTestKit.ServerAsync(setup);
        var package = await OrderTestKit.PackageAsync(
            setup.Api, serverIds: [server.Id], commands: [new { stage = "purchase", content = "give {username} diamond", onlineOnly = false }]);
        await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "command.delivered");
        var order = await OrderTestKit.OrderAsync(setup.Api, "Steve", package.Id);
        var plugin = Factory.CreateClient();
        plugin.DefaultRequestHeaders.Add("X-Server-Key", server.Key);
        var pending = await ReadAsync<List<JsonElement>>(await plugin.GetAsync("/api/plugin/v1/commands"));
        var commandId = pending.Single().GetProperty("id").GetGuid();

        await ReadAsync<JsonElement>(await plugin.PostAsJsonAsync("/api/plugin/v1/commands/ack", new { ids = new[] { commandId } }));
        await ReadAsync<JsonElement>(await plugin.PostAsJsonAsync("/api/plugin/v1/commands/ack", new { ids = new[] { commandId } }));

        var received = await _receiver.WaitForAsync(1, TimeSpan.FromSeconds(5));
        var data = received.Should().ContainSingle().Which.Json.GetProperty("data");
        received[0].Type.Should().Be("command.delivered");
        data.GetProperty("id").GetGuid().Should().Be(commandId);
        data.GetProperty("orderId").GetGuid().Should().Be(order.Id);
        data.GetProperty("command").GetString().Should().Be("give Steve diamond");
        (await Factory.WithDbAsync(db => db.WebhookDeliveries.CountAsync(d => d.StoreId == setup.Store.Id))).Should().Be(1, "one event in the outbox");
        await WebhookTestKit.AfterNextPollsAsync(Factory);
        _receiver.Received.Should().HaveCount(1, "acknowledging twice raises the event once");
    }

    [Test]
    public async Task ShouldRaiseCommandFailedOnceWhenTheAttemptsRunOut()
    {
        var setup = await NewStoreWithKeyAsync();
        var server = await OrderTestKit.ServerAsync(setup);
        var package = await OrderTestKit.PackageAsync(
            setup.Api, serverIds: [server.Id], commands: [new { stage = "purchase", content = "give {username} diamond", onlineOnly = true }]);
        await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "command.failed");
        var order = await OrderTestKit.OrderAsync(setup.Api, "Steve", package.Id);
        var plugin = Factory.CreateClient();
        plugin.DefaultRequestHeaders.Add("X-Server-Key", server.Key);

        // The default MaxAttempts is 5: four failures put it back in the queue, the fifth marks it failed.
        Guid commandId = default;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var pending = await ReadAsync<List<JsonElement>>(await plugin.GetAsync("/api/plugin/v1/commands"));
            commandId = pending.Should().ContainSingle("attempt {0} is offered", attempt).Which.GetProperty("id").GetGuid();
            await ReadAsync<JsonElement>(await plugin.PostAsJsonAsync("/api/plugin/v1/commands/ack", new { failed = new[] { new { id = commandId, reason = $"offline {attempt}" } } }));
        }

        (await ReadAsync<List<JsonElement>>(await plugin.GetAsync("/api/plugin/v1/commands"))).Should().BeEmpty();
        await ReadAsync<JsonElement>(await plugin.PostAsJsonAsync("/api/plugin/v1/commands/ack", new { failed = new[] { new { id = commandId, reason = "again" } } }));

        var received = await _receiver.WaitForAsync(1, TimeSpan.FromSeconds(5));
        var data = received.Should().ContainSingle().Which.Json.GetProperty("data");
        received[0].Type.Should().Be("command.failed");
        data.GetProperty("id").GetGuid().Should().Be(commandId);
        data.GetProperty("orderId").GetGuid().Should().Be(order.Id);
        data.GetProperty("attempts").GetInt32().Should().Be(5);
        data.GetProperty("lastError").GetString().Should().Be("offline 5");
        data.GetProperty("executedAt").ValueKind.Should().Be(JsonValueKind.Null);
        (await Factory.WithDbAsync(db => db.WebhookDeliveries.CountAsync(d => d.StoreId == setup.Store.Id))).Should().Be(1, "one event in the outbox");
        await WebhookTestKit.AfterNextPollsAsync(Factory);
        _receiver.Received.Should().HaveCount(1, "the event fires once");
    }

    [Test]
    public async Task ShouldNotDeliverToInactiveOrUnsubscribedEndpointsOrOtherStores()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = await NewStoreWithKeyAsync();
        var inactive = await ReadAsync<WebhookEndpointCreatedDto>(await setup.Owner.Client.PostAsJsonAsync(
            WebhookTestKit.Base(setup.Store.Id), new { url = _receiver.Url, events = new[] { "order.created" }, isActive = false }));
        await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "package.deleted");
        await WebhookTestKit.EndpointAsync(other.Owner.Client, other.Store.Id, _receiver.Url, "order.created");
        var package = await OrderTestKit.PackageAsync(setup.Api);

        await OrderTestKit.OrderAsync(setup.Api, "Steve", package.Id);
        await WebhookTestKit.AfterNextPollsAsync(Factory);

        _receiver.Received.Should().BeEmpty();
        var rows = await Factory.WithDbAsync(db => db.WebhookDeliveries.CountAsync(d => d.StoreId == setup.Store.Id || d.StoreId == other.Store.Id));
        rows.Should().Be(0, "no endpoint listened, so nothing was written to the outbox");
        var stored = await ReadAsync<WebhookEndpointDto>(await setup.Owner.Client.GetAsync($"{WebhookTestKit.Base(setup.Store.Id)}/{inactive.Id}"));
        stored.IsActive.Should().BeFalse("the endpoint was created inactive, and the server kept it so");
    }
}
