
namespace FluxStore.Management.Api.IntegrationTests.Webhooks;

/// <summary>
/// With <c>AllowPrivateTargets=false</c> (production): a host name that resolves to loopback passes the save-time
/// check but is refused when the dispatcher resolves it, and the refusal is recorded; nothing reaches the receiver.
/// </summary>
public sealed class WebhookPrivateTargetTests(string provider) : ApiTestBase(provider)
{
    protected override IDictionary<string, string?> Settings => WebhookTestKit.FastSettings(allowPrivateTargets: false);

    [Test]
    public async Task ShouldRefuseAHostNameResolvingToLoopbackAtDeliveryTime()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var endpoint = await WebhookTestKit.EndpointAsync(owner.Client, store.Id, $"https://localhost:{receiver.Port}/hook", "order.created");

        await owner.Client.PostAsync($"{WebhookTestKit.Base(store.Id)}/{endpoint.Id}/test", null);

        var attempts = await WebhookTestKit.AttemptsWhenAsync(owner.Client, store.Id, endpoint.Id, p => p.Total >= 2);
        attempts.Items.Should().NotBeEmpty();
        attempts.Items.Should().OnlyContain(a => !a.Succeeded && a.StatusCode == null && a.Error!.Contains("Refused") && a.Error.Contains("loopback"));
        receiver.Received.Should().BeEmpty("the connection is never opened");
    }

    [Test]
    public async Task ShouldRefuseHttpWhenPrivateTargetsAreNotAllowed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);

        var errors = await OrderTestKit.BadRequestAsync(await WebhookTestKit.PostEndpointAsync(owner.Client, store.Id, receiver.Url, "order.created"));

        errors.Should().Contain("https");
    }
}
