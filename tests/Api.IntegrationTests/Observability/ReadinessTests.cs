namespace FluxStore.Management.Api.IntegrationTests.Observability;

/// <summary>
/// <c>/health/ready</c> names its checks; an outbox whose oldest due delivery waited more than 5 minutes and a command
/// queue whose oldest pending command is more than an hour old are Degraded, still 200. The dispatcher is off, so the
/// delivery stays due; the test clock makes the rows old.
/// </summary>
public sealed class ReadinessTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(WebhookTestKit.FastSettings())
    {
        ["FluxStore:Webhooks:DispatcherEnabled"] = "false",
    };

    [Test]
    public async Task AnOldDueDeliveryAndAnOldPendingCommandShouldMakeReadinessDegradedAndSayWhich()
    {
        _clock.Set(DateTimeOffset.UtcNow);
        var healthy = await ReadyAsync(HttpStatusCode.OK);
        healthy.GetProperty("status").GetString().Should().Be("Healthy");
        Check(healthy, "database").Should().Be("Healthy");
        Check(healthy, "outbox").Should().Be("Healthy");
        Check(healthy, "commandQueue").Should().Be("Healthy");

        var setup = await NewStoreWithKeyAsync();
        var server = await OrderTestKit.ServerAsync(setup);
        await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, "http://127.0.0.1:9/hook", "order.created");
        var package = await OrderTestKit.PackageAsync(setup.Api, serverIds: [server.Id], commands: [new { stage = "purchase", content = "give {username} diamond", onlineOnly = false }]);

        // Written now, read 4 minutes later: within the limits.
        await OrderTestKit.OrderAsync(setup.Api, "Steve", package.Id);
        _clock.Advance(TimeSpan.FromMinutes(4));
        (await ReadyAsync(HttpStatusCode.OK)).GetProperty("status").GetString().Should().Be("Healthy");

        // 6 minutes: the outbox is behind, the queue not yet.
        _clock.Advance(TimeSpan.FromMinutes(2));
        var outboxBehind = await ReadyAsync(HttpStatusCode.OK);
        outboxBehind.GetProperty("status").GetString().Should().Be("Degraded");
        Check(outboxBehind, "outbox").Should().Be("Degraded");
        Check(outboxBehind, "commandQueue").Should().Be("Healthy");
        Check(outboxBehind, "database").Should().Be("Healthy");

        // 61 minutes: both.
        _clock.Advance(TimeSpan.FromMinutes(55));
        var body = await ReadAsync(HttpStatusCode.OK);
        body.GetProperty("message").GetString().Should().Be("Degraded: outbox, commandQueue.");
        var data = body.GetProperty("data");
        Check(data, "commandQueue").Should().Be("Degraded");
        data.GetProperty("checks").GetProperty("commandQueue").GetProperty("description").GetString().Should().Contain("61 min");
    }

    private static string? Check(JsonElement data, string name) =>
        data.GetProperty("checks").GetProperty(name).GetProperty("status").GetString();

    private async Task<JsonElement> ReadyAsync(HttpStatusCode status) => (await ReadAsync(status)).GetProperty("data");

    private async Task<JsonElement> ReadAsync(HttpStatusCode status)
    {
        var response = await Anonymous().GetAsync("/health/ready");
        response.StatusCode.Should().Be(status);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
