using System.Diagnostics;

namespace FluxStore.Management.Api.IntegrationTests.Observability;

/// <summary>
/// Tracing on (<c>FluxStore:Tracing:Enabled</c>) with the in-memory exporter: one order is one trace, from the HTTP
/// request through its database work to the webhook delivery the dispatcher makes later (the outbox row keeps the
/// request's traceparent).
/// </summary>
public sealed class TracingTests(string provider) : ApiTestBase(provider)
{
    private WebhookReceiver _receiver = null!;

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(WebhookTestKit.FastSettings()) { ["FluxStore:Tracing:Enabled"] = "true" };

    [SetUp]
    public async Task StartReceiverAsync() => _receiver = await WebhookReceiver.StartAsync();

    [TearDown]
    public async Task StopReceiverAsync() => await _receiver.DisposeAsync();

    [Test]
    public async Task OneOrderShouldBeOneTraceWithItsHttpAndDatabaseSpansAndItsWebhookDelivery()
    {
        var setup = await NewStoreWithKeyAsync();
        await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "order.created");
        var package = await OrderTestKit.PackageAsync(setup.Api);

        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new { playerUsername = "Steve", items = new[] { new { packageId = package.Id, quantity = 1 } } }),
        };
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var order = await OrderTestKit.DataAsync<Application.Orders.OrderDto>(await setup.Api.SendAsync(request));
        (await _receiver.WaitForAsync(1, TimeSpan.FromSeconds(10))).Should().ContainSingle();

        IReadOnlyList<Activity> trace = [];
        await Eventually.Until(() =>
        {
            trace = Factory.SpansNow().Where(a => a.TraceId == traceId).ToList();
            return trace.Any(a => a.OperationName == "webhook.deliver" && a.Duration > TimeSpan.Zero);
        }, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(50));

        // (The test's webhook receiver is instrumented too: its "POST /hook" server span joins the same trace.)
        var server = trace.Should().ContainSingle(a => a.Kind == ActivityKind.Server && a.Source.Name == "Microsoft.AspNetCore"
            && a.GetTagItem("http.route") as string == "api/v1/orders", "one order request: {0}", Describe(trace)).Subject;
        server.GetTagItem("http.response.status_code").Should().Be(200);
        trace.Where(a => a.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal) || a.Source.Name == "Npgsql")
            .Should().NotBeEmpty("the order's database commands are spans of its trace");
        var delivery = trace.Should().ContainSingle(a => a.OperationName == "webhook.deliver", "the delivery continues the order's trace: {0}", Describe(trace)).Subject;
        delivery.Source.Name.Should().Be("FluxStore");
        delivery.GetTagItem("fluxstore.webhook.event_type").Should().Be("order.created");
        delivery.GetTagItem("fluxstore.webhook.outcome").Should().Be("succeeded");
        IsDescendant(trace, delivery, server).Should().BeTrue("the delivery's parent chain leads to the order's HTTP span");
        delivery.Links.Should().ContainSingle("it links to the dispatcher poll that leased it")
            .Which.Context.TraceId.Should().NotBe(traceId);
        trace.Should().Contain(a => a.Kind == ActivityKind.Client && a.ParentSpanId == delivery.SpanId && a.GetTagItem("http.request.method") as string == "POST",
            "the outgoing webhook POST is a child of the delivery span");
        order.Id.Should().NotBeEmpty();
    }

    [Test]
    public async Task EfCoreShouldWriteOnlyTheCommandEventsThatTracingReads()
    {
        // OpenTelemetry's EF Core instrumentation subscribes to every event of "Microsoft.EntityFrameworkCore"; EF Core
        // would build an event object for each entity tracked and each state change of an order, only to be dropped.
        var setup = await NewStoreWithKeyAsync();
        var package = await OrderTestKit.PackageAsync(setup.Api);
        var written = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == "Microsoft.EntityFrameworkCore")
            {
                listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e => written.Add(e.Key)), (_, _, _) => true);
            }
        }));

        await OrderTestKit.DataAsync<Application.Orders.OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders",
            new { playerUsername = "Steve", items = new[] { new { packageId = package.Id, quantity = 1 } } }));

        string[] traced =
        [
            "Microsoft.EntityFrameworkCore.Database.Command.CommandCreated",
            "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting",
            "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted",
            "Microsoft.EntityFrameworkCore.Database.Command.CommandError",
        ];
        written.Should().Contain("Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted", "the order ran SQL commands");
        written.Should().OnlyContain(name => traced.Contains(name), "no tracking, state change or query compilation event is built");
    }

    [Test]
    public async Task IdleBackgroundPollsShouldNotBeTraced()
    {
        await NewStoreWithKeyAsync(); // the host runs; its dispatcher polls the empty outbox several times a second
        await WebhookTestKit.AfterNextPollsAsync(Factory);

        // (The test harness's own connections, which reset the database, are traced too: only the outbox poll is looked at.)
        var polls = Factory.SpansNow()
            .Where(a => a.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal) || a.Source.Name == "Npgsql")
            .Where(a => $"{a.GetTagItem("db.statement")}{a.GetTagItem("db.query.text")}".Contains("webhook_deliveries", StringComparison.Ordinal))
            .ToList();
        polls.Where(a => a.Parent is null && a.ParentSpanId == default)
            .Should().BeEmpty("a database command outside any span is an idle poll: {0}", Describe(polls));
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }

    private static bool IsDescendant(IReadOnlyList<Activity> trace, Activity span, Activity ancestor)
    {
        var bySpan = trace.GroupBy(a => a.SpanId).ToDictionary(g => g.Key, g => g.First());
        for (var parent = span.ParentSpanId; bySpan.TryGetValue(parent, out var next); parent = next.ParentSpanId)
        {
            if (next.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(IEnumerable<Activity> spans) =>
        string.Join(", ", spans.Select(a => $"{a.Source.Name}/{a.DisplayName}({a.Kind})"));
}
