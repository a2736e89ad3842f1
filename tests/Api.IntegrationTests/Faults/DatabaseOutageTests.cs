using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FluxStore.Management.Api.IntegrationTests.Faults;

/// <summary>
/// The database goes away while the API serves: requests get 503 in the wrapper with <c>Retry-After</c> (never 500),
/// <c>/health/ready</c> says unhealthy, and the API serves again within 5 seconds of the database coming back, without
/// a restart. PostgreSQL is cut with a TCP proxy between the API and the shared server (which keeps running);
/// SQLite is held busy by another writer.
/// </summary>
[Category("Faults")]
public sealed class DatabaseOutageTests
{
    [Test]
    public async Task APostgresOutageShouldAnswer503AndRecoverWithoutARestart()
    {
        if (!TestDatabase.Providers.Contains("Postgres"))
        {
            Assert.Ignore($"{TestDatabase.PostgresVariable} is not set.");
        }

        await using var database = await TestDatabase.CreateAsync("Postgres");
        var target = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = new TcpProxy(target.Host!, target.Port);
        proxy.Start();
        var proxied = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 5 };
        await using var factory = new FluxStoreFactory(database, new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = proxied.ConnectionString,
            ["FluxStore:Webhooks:DispatcherEnabled"] = "false",
            ["FluxStore:RateLimit:PermitLimit"] = "100000", // four workers load one key for seconds
        });
        var store = await FaultTestKit.SeedAsync(factory.CreateClient);
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", store.ApiKey);
        (await api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK);

        // Load throughout: reads and orders from four clients until the end of the test.
        var statuses = new ConcurrentBag<HttpStatusCode>();
        using var stopLoad = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            // A steady rate (one request per worker per 20 ms at most), not a wait for an outcome.
            using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
            for (var n = 0; !stopLoad.IsCancellationRequested; n++)
            {
                var response = worker % 2 == 0
                    ? await api.GetAsync("/api/v1/packages")
                    : await api.PostAsJsonAsync("/api/v1/orders", FaultTestKit.Order(store.PackageId, n));
                statuses.Add(response.StatusCode);
                await pace.WaitForNextTickAsync();
            }
        })).ToList();
        (await Eventually.Until(() => statuses.Count(s => s == HttpStatusCode.OK) >= 8, TimeSpan.FromSeconds(15)))
            .Should().BeTrue("the load is served before the outage");

        proxy.Cut();
        (await Eventually.Until(() => statuses.Contains(HttpStatusCode.ServiceUnavailable), TimeSpan.FromSeconds(15)))
            .Should().BeTrue("the load meets the outage");
        foreach (var request in new Func<Task<HttpResponseMessage>>[]
                 {
                     () => api.GetAsync("/api/v1/packages"),
                     () => api.PostAsJsonAsync("/api/v1/orders", FaultTestKit.Order(store.PackageId, 0)),
                 })
        {
            var response = await request();
            await ShouldBeUnavailableAsync(response);
        }

        var ready = await factory.CreateClient().GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("status").GetString().Should().Be("Unhealthy");

        proxy.Start();
        var back = Stopwatch.StartNew();
        var status = await Eventually.Until(
            async () => (await api.GetAsync("/api/v1/packages")).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(100));
        back.Stop();
        status.Should().Be(HttpStatusCode.OK);
        back.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "the API serves again within 5 s of the database coming back");
        (await factory.CreateClient().GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        await FaultTestKit.DataAsync(await api.PostAsJsonAsync("/api/v1/orders", FaultTestKit.Order(store.PackageId, 1)));

        await stopLoad.CancelAsync();
        await Task.WhenAll(load);
        statuses.Should().Contain(HttpStatusCode.ServiceUnavailable).And.Contain(HttpStatusCode.OK);
        statuses.Should().OnlyContain(s => s == HttpStatusCode.OK || s == HttpStatusCode.ServiceUnavailable, "an outage is 503, never 500");
        TestContext.Out.WriteLine($"Served again {back.ElapsedMilliseconds} ms after the database came back; load: "
            + string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{(int)g.Key}×{g.Count()}")));
    }

    [Test]
    public async Task ABusySqliteDatabaseShouldAnswer503AndServeWhenReleased()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        await using var factory = new FluxStoreFactory(database, new Dictionary<string, string?>
        {
            // A short busy timeout: the API waits 1 s for the lock, then gives up.
            ["Database:ConnectionString"] = $"Data Source={path};Default Timeout=1",
            ["FluxStore:Webhooks:DispatcherEnabled"] = "false",
        });
        var store = await FaultTestKit.SeedAsync(factory.CreateClient);
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", store.ApiKey);

        await using (var holder = new SqliteConnection($"Data Source={path}"))
        {
            await holder.OpenAsync();
            await using var exclusive = holder.CreateCommand();
            exclusive.CommandText = "BEGIN EXCLUSIVE;";
            await exclusive.ExecuteNonQueryAsync();

            await ShouldBeUnavailableAsync(await api.PostAsJsonAsync("/api/v1/orders", FaultTestKit.Order(store.PackageId, 0)));

            exclusive.CommandText = "ROLLBACK;";
            await exclusive.ExecuteNonQueryAsync();
        }

        await FaultTestKit.DataAsync(await api.PostAsJsonAsync("/api/v1/orders", FaultTestKit.Order(store.PackageId, 1)));
    }

    private static async Task ShouldBeUnavailableAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "the body was {0}", body);
        response.Headers.RetryAfter.Should().NotBeNull();
        response.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero);
        var wrapper = JsonDocument.Parse(body).RootElement;
        wrapper.GetProperty("success").GetBoolean().Should().BeFalse();
        wrapper.GetProperty("message").GetString().Should().Contain("database is unavailable");
        body.Should().NotContain("Exception").And.NotContain("fluxstore_test");
    }
}
