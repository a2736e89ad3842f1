using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Api.IntegrationTests.Webhooks;

/// <summary>
/// "Killing the API between commit and delivery": the order commits with the dispatcher off, that API instance is
/// disposed, and a new instance on the same database (and key ring) delivers the event from the outbox.
/// </summary>
public sealed class WebhookRestartTests(string provider) : ApiTestBase(provider)
{
    private readonly string _keysPath = Path.Combine(Path.GetTempPath(), $"fluxstore-test-keys-{Guid.NewGuid():N}");

    protected override IDictionary<string, string?> Settings => With(dispatcherEnabled: false);

    /// <summary>The test stops its API: it must not be the instance other fixtures share.</summary>
    protected override bool OwnsHost => true;

    [TearDown]
    public void RemoveKeys()
    {
        try
        {
            Directory.Delete(_keysPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Test]
    public async Task ShouldDeliverAfterARestartWhatWasCommittedBeforeIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var setup = await NewStoreWithKeyAsync();
        var endpoint = await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, receiver.Url, "order.created");
        var package = await OrderTestKit.PackageAsync(setup.Api);
        var order = await OrderTestKit.OrderAsync(setup.Api, "Steve", package.Id);
        Factory.Services.GetRequiredService<WebhookDispatcher>().CompletedPolls.Should().Be(0, "this instance's dispatcher is off");
        receiver.Received.Should().BeEmpty("this instance does not dispatch");
        var pending = await Factory.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().CountAsync(d => d.EndpointId == endpoint.Id));
        pending.Should().Be(1, "the event was committed to the outbox with the order");

        var database = Factory.Database;
        await Factory.DisposeAsync(); // the API "dies"
        await using var restarted = new FluxStoreFactory(database, With(dispatcherEnabled: true));
        _ = restarted.Server;

        var received = await receiver.WaitForAsync(1, TimeSpan.FromSeconds(10));
        var hook = received.Should().ContainSingle().Which;
        hook.Type.Should().Be("order.created");
        hook.Json.GetProperty("data").GetProperty("id").GetGuid().Should().Be(order.Id);
        hook.SignatureVerifies(endpoint.Secret).Should().BeTrue("the secret survives the restart (same key ring)");
        var client = restarted.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await LoginWithAsync(restarted, setup.Owner));
        var attempts = await WebhookTestKit.AttemptsWhenAsync(client, setup.Store.Id, endpoint.Id, p => p.Total == 1);
        attempts.Items.Should().ContainSingle().Which.Succeeded.Should().BeTrue();
    }

    private Dictionary<string, string?> With(bool dispatcherEnabled)
    {
        var settings = WebhookTestKit.FastSettings();
        settings["FluxStore:Webhooks:DispatcherEnabled"] = dispatcherEnabled ? "true" : "false";
        settings["FluxStore:DataProtection:KeysPath"] = _keysPath;
        return settings;
    }

    private static async Task<string> LoginWithAsync(FluxStoreFactory factory, DashboardUser user)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = user.Password });
        return (await OrderTestKit.DataAsync<JsonElement>(response)).GetProperty("accessToken").GetString()!;
    }
}
