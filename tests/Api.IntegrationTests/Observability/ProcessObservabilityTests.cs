using System.Diagnostics;

namespace FluxStore.Management.Api.IntegrationTests.Observability;

/// <summary>
/// The built API as a process, configured through its environment like a deployment: JSON console logs with trace ids,
/// <c>/metrics</c> on a port of its own, and the reason a start-up database failure gives.
/// </summary>
[Category("Process")]
public sealed class ProcessObservabilityTests
{
    [Test]
    public async Task JsonLogsShouldBeOneObjectPerLineWithTheRequestsTraceId()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var api = ApiProcess.Start("Sqlite", database.ConnectionString, Keys(), new Dictionary<string, string?>
        {
            ["FluxStore:Logging:Format"] = "json",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        await api.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        const string traceId = "0af7651916cd43dd8448eb211c80319c";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/packages");
        request.Headers.Add("traceparent", $"00-{traceId}-b7ad6b7169203331-01");

        (await api.Client().SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var traced = new List<JsonElement>();
        await Eventually.Until(() =>
        {
            traced = Json(api.OutputLines).Where(l => Scope(l, "TraceId") == traceId).ToList();
            return traced.Count >= 2;
        }, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100));

        traced.Should().HaveCountGreaterThanOrEqualTo(2, "request start and end are logged inside the request's trace: {0}", string.Join('\n', api.OutputLines));
        traced.Should().OnlyContain(l => Scope(l, "SpanId")!.Length == 16 && l.GetProperty("Category").GetString()!.Length > 0);
        var requestLines = api.OutputLines.Where(l => l.Contains("/api/v1/packages", StringComparison.Ordinal)).ToList();
        requestLines.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith('{'), "every line is a JSON object");
    }

    [Test]
    public async Task MetricsOnTheirOwnPortShouldNotBeOnTheApiPort()
    {
        var metricsPort = ApiProcess.FreePort();
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var api = ApiProcess.Start("Sqlite", database.ConnectionString, Keys(), new Dictionary<string, string?>
        {
            ["FluxStore:Metrics:Prometheus"] = "true",
            ["FluxStore:Metrics:Port"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await api.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        using var metrics = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{metricsPort}") };

        var scraped = await metrics.GetAsync("/metrics");
        scraped.StatusCode.Should().Be(HttpStatusCode.OK);
        (await scraped.Content.ReadAsStringAsync()).Should().Contain("fluxstore_outbox_due");
        (await api.Client().GetAsync("/metrics")).StatusCode.Should().Be(HttpStatusCode.NotFound, "not on the API's port");
        (await metrics.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the metrics port serves nothing else");
        (await api.Client().GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [TestCase("SqlServer", "Server=127.0.0.1,{0};Database=fluxstore;User Id=sa;Password=x;TrustServerCertificate=true;Connect Timeout=5", "connection refused")]
    [TestCase("Postgres", "Host=127.0.0.1;Port={0};Database=fluxstore;Username=fluxstore;Password=x;Timeout=5", "connection refused")]
    [TestCase("Sqlite", "Data Source=/nonexistent-{0}/dir/fluxstore.db", "cannot be opened")]
    public async Task AStartUpDatabaseFailureShouldSayWhatFailed(string provider, string connectionString, string reason)
    {
        var port = ApiProcess.FreePort();
        await using var api = ApiProcess.Start(provider, string.Format(System.Globalization.CultureInfo.InvariantCulture, connectionString, port), Keys(),
            new Dictionary<string, string?> { ["Database:StartupRetrySeconds"] = "0" });

        (await api.WaitForExitAsync(TimeSpan.FromSeconds(90))).Should().BeTrue();

        var line = api.OutputLines.Should().ContainSingle(l => l.StartsWith("FluxStore did not start:", StringComparison.Ordinal), string.Join('\n', api.OutputLines)).Subject;
        line.Should().StartWith($"FluxStore did not start: Cannot use the {provider} database at ");
        line.Should().ContainEquivalentOf(reason).And.NotEndWith(": Success");
    }

    private static string Keys() => Path.Combine(Path.GetTempPath(), $"fluxstore-obs-keys-{Guid.NewGuid():N}");

    private static IEnumerable<JsonElement> Json(IEnumerable<string> lines)
    {
        foreach (var line in lines.Where(l => l.StartsWith('{')))
        {
            JsonElement element;
            try
            {
                element = JsonDocument.Parse(line).RootElement;
            }
            catch (JsonException)
            {
                continue;
            }

            yield return element;
        }
    }

    private static string? Scope(JsonElement line, string name)
    {
        if (!line.TryGetProperty("Scopes", out var scopes))
        {
            return null;
        }

        foreach (var scope in scopes.EnumerateArray())
        {
            if (scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(name, out var value))
            {
                return value.GetString();
            }
        }

        return null;
    }
}
