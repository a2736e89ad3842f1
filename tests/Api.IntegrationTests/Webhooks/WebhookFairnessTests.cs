namespace FluxStore.Management.Api.IntegrationTests.Webhooks;

/// <summary>
/// A store whose receivers accept the connection and never answer (a real TCP listener) holds at most
/// <c>MaxInFlightPerStore</c> dispatcher slots: other stores' events, and the store's own events to a healthy
/// endpoint, keep arriving within seconds instead of waiting for the hanging requests to time out.
/// </summary>
public sealed class WebhookFairnessTests(string provider) : ApiTestBase(provider)
{
    private WebhookReceiver _receiver = null!;
    private HangingListener _hanging = null!;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(WebhookTestKit.FastSettings())
    {
        // Long enough that a hanging request outlives the test: only the cap frees slots for the others.
        ["FluxStore:Webhooks:RequestTimeout"] = "00:00:30",
        ["FluxStore:Webhooks:MaxInFlightPerStore"] = "4",
    };

    [SetUp]
    public async Task StartReceiversAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _hanging = new HangingListener();
    }

    [TearDown]
    public async Task StopReceiversAsync()
    {
        await _hanging.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Test]
    public async Task AStoreWithHangingReceiversShouldNotDelayAnotherStoresEvents()
    {
        var noisy = await NewStoreWithKeyAsync();
        var hangingEndpoints = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            hangingEndpoints.Add((await WebhookTestKit.EndpointAsync(noisy.Owner.Client, noisy.Store.Id, _hanging.Url, "order.created")).Id);
        }

        var noisyPackage = await OrderTestKit.PackageAsync(noisy.Api);
        await OrderTestKit.OrderAsync(noisy.Api, "Loud1", noisyPackage.Id);
        await OrderTestKit.OrderAsync(noisy.Api, "Loud2", noisyPackage.Id);
        await OrderTestKit.OrderAsync(noisy.Api, "Loud3", noisyPackage.Id); // 30 deliveries due, all older than the quiet store's
        (await _hanging.WaitForAsync(4, TimeSpan.FromSeconds(10))).Should().BeGreaterThanOrEqualTo(4, "the noisy store's deliveries are in flight");

        var quiet = await NewStoreWithKeyAsync();
        await WebhookTestKit.EndpointAsync(quiet.Owner.Client, quiet.Store.Id, _receiver.Url, "order.created");
        var quietPackage = await OrderTestKit.PackageAsync(quiet.Api);
        var order = await OrderTestKit.OrderAsync(quiet.Api, "Calm", quietPackage.Id);

        var received = await _receiver.WaitForAsync(1, TimeSpan.FromSeconds(5));
        received.Should().ContainSingle("another store's event is delivered within 5 s while 30 hanging deliveries of one store are due");
        received[0].Type.Should().Be("order.created");
        received[0].Json.GetProperty("data").GetProperty("id").GetGuid().Should().Be(order.Id);
        _hanging.Accepted.Should().Be(4, "one store has at most MaxInFlightPerStore (4) deliveries in flight");

        // The hanging ones are still in flight (no attempt recorded yet): they were not given up to make room.
        foreach (var endpointId in hangingEndpoints.Take(3))
        {
            (await WebhookTestKit.AttemptsAsync(noisy.Owner.Client, noisy.Store.Id, endpointId)).Total.Should().Be(0);
        }
    }

    [Test]
    public async Task AHangingEndpointShouldNotHoldBackTheSameStoresHealthyEndpoint()
    {
        var setup = await NewStoreWithKeyAsync();
        await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _hanging.Url, "order.created");
        var healthy = await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, _receiver.Url, "order.created");
        var package = await OrderTestKit.PackageAsync(setup.Api);

        await OrderTestKit.OrderAsync(setup.Api, "First", package.Id);
        (await _receiver.WaitForAsync(1, TimeSpan.FromSeconds(5))).Should().HaveCount(1);
        (await _hanging.WaitForAsync(1, TimeSpan.FromSeconds(5))).Should().Be(1);

        // The first order's hanging delivery is still open; the slot of the finished one is refilled at once.
        var second = await OrderTestKit.OrderAsync(setup.Api, "Second", package.Id);
        var received = await _receiver.WaitForAsync(2, TimeSpan.FromSeconds(5));
        received.Should().HaveCount(2, "a delivery does not wait for the rest of its poll's batch");
        received[1].Json.GetProperty("data").GetProperty("id").GetGuid().Should().Be(second.Id);
        (await _hanging.WaitForAsync(2, TimeSpan.FromSeconds(5))).Should().Be(2, "each order's hanging delivery holds its own connection");
        (await WebhookTestKit.AttemptsAsync(setup.Owner.Client, setup.Store.Id, healthy.Id)).Total.Should().Be(2);
    }
}
