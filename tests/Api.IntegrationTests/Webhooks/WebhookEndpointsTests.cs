using FluxStore.Management.Application.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Webhooks;

/// <summary>The dashboard's webhook endpoints: CRUD, validation, permissions, and the secret shown once.</summary>
public sealed class WebhookEndpointsTests(string provider) : ApiTestBase(provider)
{
    private const string Url = "https://hooks.example.com/fluxstore";

    protected override IDictionary<string, string?> Settings => WebhookTestKit.FastSettings(allowPrivateTargets: false);

    [Test]
    public async Task ShouldShowTheSecretOnceAndNeverInListOrGet()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var created = await WebhookTestKit.EndpointAsync(owner.Client, store.Id, Url, "order.created", "package.updated");

        created.Url.Should().Be(Url);
        created.Events.Should().Equal("order.created", "package.updated");
        created.IsActive.Should().BeTrue();
        var list = await owner.Client.GetStringAsync(WebhookTestKit.Base(store.Id));
        var get = await owner.Client.GetStringAsync($"{WebhookTestKit.Base(store.Id)}/{created.Id}");
        foreach (var body in new[] { list, get })
        {
            body.Should().NotContain(created.Secret).And.NotContain("whsec_").And.NotContainEquivalentOf("secret");
            body.Should().Contain(created.Id.ToString());
        }

        var stored = await Factory.WithDbAsync(db => db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == created.Id));
        stored.ProtectedSecret.Should().NotContain(created.Secret, "the secret is stored encrypted, not in clear");
        Factory.Logs.Lines.Should().NotContain(m => m.Contains(created.Secret));
    }

    [Test]
    public async Task ShouldPatchOnlyTheFieldsSentAndDelete()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var created = await WebhookTestKit.EndpointAsync(owner.Client, store.Id, Url, "order.created");
        var path = $"{WebhookTestKit.Base(store.Id)}/{created.Id}";

        var deactivated = await ReadAsync<WebhookEndpointDto>(await PatchAsync(owner.Client, path, new { isActive = false }));
        deactivated.IsActive.Should().BeFalse();
        deactivated.Url.Should().Be(Url, "absent fields stay unchanged");
        deactivated.Events.Should().Equal("order.created");

        var changed = await ReadAsync<WebhookEndpointDto>(await PatchAsync(owner.Client, path, new { url = "https://other.example.com/x", events = new[] { "order.refunded" } }));
        changed.Url.Should().Be("https://other.example.com/x");
        changed.Events.Should().Equal("order.refunded");
        changed.IsActive.Should().BeFalse();

        (await OrderTestKit.BadRequestAsync(await PatchAsync(owner.Client, path, new { events = new[] { "order.exploded" } }))).Should().Contain("order.exploded");
        (await OrderTestKit.BadRequestAsync(await PatchAsync(owner.Client, path, new { url = (string?)null }))).Should().Contain("url");
        (await OrderTestKit.BadRequestAsync(await PatchAsync(owner.Client, path, new { isActive = (bool?)null }))).Should().Contain("isActive");
        await ReadErrorAsync(await PatchAsync(owner.Client, path, new { isActiv = true }), HttpStatusCode.BadRequest);

        (await owner.Client.DeleteAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK);
        await ReadErrorAsync(await owner.Client.GetAsync(path), HttpStatusCode.NotFound);
        (await ReadAsync<List<WebhookEndpointDto>>(await owner.Client.GetAsync(WebhookTestKit.Base(store.Id)))).Should().BeEmpty();
    }

    [Test]
    public async Task ShouldRejectBadUrlsAndEventsWithA400()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        async Task<string> RejectedAsync(object body) =>
            await OrderTestKit.BadRequestAsync(await owner.Client.PostAsJsonAsync(WebhookTestKit.Base(store.Id), body));

        (await RejectedAsync(new { url = Url, events = new[] { "order.created", "order.shipped" } })).Should().Contain("'order.shipped'");
        (await RejectedAsync(new { url = Url, events = Array.Empty<string>() })).Should().Contain("at least one event");
        (await RejectedAsync(new { url = Url })).Should().Contain("events");
        (await RejectedAsync(new { url = Url, events = new[] { "webhook.test" } })).Should().Contain("webhook.test");
        (await RejectedAsync(new { url = "/relative", events = new[] { "order.created" } })).Should().Contain("absolute");
        (await RejectedAsync(new { events = new[] { "order.created" } })).Should().Contain("url");
        (await RejectedAsync(new { url = "http://hooks.example.com/x", events = new[] { "order.created" } })).Should().Contain("https");
        (await RejectedAsync(new { url = "ftp://hooks.example.com/x", events = new[] { "order.created" } })).Should().Contain("https");
        (await RejectedAsync(new { url = "https://user:pw@hooks.example.com/x", events = new[] { "order.created" } })).Should().Contain("credentials");
        (await RejectedAsync(new { url = Url, events = new[] { "order.created" }, secret = "whsec_mine" })).Should().Contain("secret");

        (await ReadAsync<List<WebhookEndpointDto>>(await owner.Client.GetAsync(WebhookTestKit.Base(store.Id)))).Should().BeEmpty("nothing invalid was saved");
    }

    [TestCase("https://127.0.0.1/hook")]
    [TestCase("https://10.1.2.3/hook")]
    [TestCase("https://172.16.0.5/hook")]
    [TestCase("https://192.168.1.1/hook")]
    [TestCase("https://169.254.169.254/latest/meta-data")]
    [TestCase("https://100.64.0.1/hook")]
    [TestCase("https://0.0.0.0/hook")]
    [TestCase("https://[::1]/hook")]
    [TestCase("https://[fd00:ec2::254]/hook")]
    [TestCase("https://[fe80::1]/hook")]
    [TestCase("https://[::ffff:127.0.0.1]/hook")]
    public async Task ShouldRefuseALiteralPrivateAddressAtSaveTime(string url)
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);

        var errors = await OrderTestKit.BadRequestAsync(await WebhookTestKit.PostEndpointAsync(owner.Client, store.Id, url, "order.created"));

        errors.Should().Contain("loopback, private, link-local or metadata");
    }

    [Test]
    public async Task ShouldLimitEndpointsPerStore()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        for (var i = 0; i < 20; i++)
        {
            await WebhookTestKit.EndpointAsync(owner.Client, store.Id, $"{Url}/{i}", "order.created");
        }

        (await OrderTestKit.BadRequestAsync(await WebhookTestKit.PostEndpointAsync(owner.Client, store.Id, Url, "order.created")))
            .Should().Contain("at most 20");
    }

    [Test]
    public async Task ShouldNeedStoresEditAndHideOtherStoresEndpoints()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var created = await WebhookTestKit.EndpointAsync(owner.Client, store.Id, Url, "order.created");
        var viewer = await NewUserAsync();
        (await owner.AddMemberAsync(store.Id, viewer, "Stores:View")).StatusCode.Should().Be(HttpStatusCode.OK);
        var stranger = await NewUserAsync();
        var strangerStore = await NewStoreAsync(stranger);
        var path = $"{WebhookTestKit.Base(store.Id)}/{created.Id}";

        await ReadErrorAsync(await viewer.Client.GetAsync(WebhookTestKit.Base(store.Id)), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await viewer.Client.PostAsync($"{path}/roll-secret", null), HttpStatusCode.Forbidden);
        (await stranger.Client.GetAsync(path)).StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        await ReadErrorAsync(await stranger.Client.GetAsync($"{WebhookTestKit.Base(strangerStore.Id)}/{created.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await stranger.Client.DeleteAsync($"{WebhookTestKit.Base(strangerStore.Id)}/{created.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await stranger.Client.GetAsync($"{WebhookTestKit.Base(strangerStore.Id)}/{created.Id}/deliveries"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await Anonymous().GetAsync(WebhookTestKit.Base(store.Id)), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await owner.Client.GetAsync($"{path}/deliveries?take=0"), HttpStatusCode.BadRequest);

        (await ReadAsync<WebhookEndpointDto>(await owner.Client.GetAsync(path))).Id.Should().Be(created.Id, "the stranger changed nothing");
    }
}
