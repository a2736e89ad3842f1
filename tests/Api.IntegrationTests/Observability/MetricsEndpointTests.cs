
namespace FluxStore.Management.Api.IntegrationTests.Observability;

/// <summary><c>GET /metrics</c> with <c>FluxStore:Metrics:Prometheus=true</c>: the FluxStore meter in Prometheus text.</summary>
public sealed class MetricsEndpointTests(string provider) : ApiTestBase(provider)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:Metrics:Prometheus"] = "true",
    };

    [Test]
    public async Task OrdersShouldBeCountedByCurrencyAndTheBacklogGaugesShouldBeThere()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await OrderTestKit.PackageAsync(setup.Api, price: 2.50m);
        var before = Sample(await ScrapeAsync(), "fluxstore_orders_created_total", setup.Store.Currency);

        await OrderTestKit.OrderAsync(setup.Api, "Steve", package.Id);
        await OrderTestKit.OrderAsync(setup.Api, "Alex", package.Id, quantity: 2);

        // The exporter caches a scrape for a moment: poll until it shows the two orders.
        var text = string.Empty;
        await Eventually.Until(async () =>
        {
            text = await ScrapeAsync();
            return Sample(text, "fluxstore_orders_created_total", setup.Store.Currency) >= before + 2;
        }, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100));

        Sample(text, "fluxstore_orders_created_total", setup.Store.Currency).Should().Be(before + 2, "two orders were placed:\n{0}", text);
        Sample(text, "fluxstore_orders_created_amount_total", setup.Store.Currency).Should().BeGreaterThanOrEqualTo(7.5);
        text.Should().Contain("fluxstore_outbox_oldest_due_age_seconds").And.Contain("fluxstore_plugin_commands_oldest_pending_age_seconds")
            .And.Contain("fluxstore_cache_hits_total").And.Contain("http_server_request_duration_seconds");
        text.Should().NotContain("store_id=", "no store label unless FluxStore:Metrics:PerStore is true");
    }

    [Test]
    public async Task MetricsShouldNotBeInTheOpenApiDocument()
    {
        var document = await Anonymous().GetStringAsync("/swagger/v1/swagger.json");
        document.Should().NotContain("\"/metrics\"");
    }

    private async Task<string> ScrapeAsync()
    {
        var response = await Anonymous().GetAsync("/metrics");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of <paramref name="name"/>'s series whose labels include <c>currency</c>; 0 when absent.</summary>
    internal static double Sample(string text, string name, string currency) =>
        text.Split('\n')
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) && l.Contains($"currency=\"{currency}\"", StringComparison.Ordinal))
            .Select(l => double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))
            .Sum();
}

/// <summary>By default there is no <c>/metrics</c>; <c>GET /</c> sends a newcomer to the API explorer.</summary>
public sealed class MetricsOffTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task MetricsShouldBeOffByDefault() =>
        (await Anonymous().GetAsync("/metrics")).StatusCode.Should().Be(HttpStatusCode.NotFound);

    [Test]
    public async Task TheRootShouldRedirectToSwaggerWhenTheDashboardIsNotBuilt()
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var dashboardBuilt = File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "dashboard", "index.html"))
            || (await Anonymous().GetAsync("/dashboard/")).StatusCode == HttpStatusCode.OK;
        response.Headers.Location!.OriginalString.Should().Be(dashboardBuilt ? "/dashboard/" : "/swagger");
    }
}
