using System.Diagnostics;
using Npgsql;

namespace FluxStore.Management.Api.IntegrationTests.Faults;

/// <summary>
/// The database down at start-up: the API retries with backoff for <c>Database:StartupRetrySeconds</c>, starts when
/// the database comes up in time, and otherwise exits with one line naming provider and host.
/// </summary>
[Category("Faults")]
public sealed class StartupRetryTests
{
    private const string Password = "never-printed-Passw0rd";

    [Test]
    public async Task AnUnreachablePostgresShouldBeRetriedForTheConfiguredTimeThenStopWithOneLine()
    {
        var host = $"127.0.0.1:{ApiProcess.FreePort()}";
        var port = host.Split(':')[1];
        var keys = Path.Combine(Path.GetTempPath(), $"fluxstore-startup-keys-{Guid.NewGuid():N}");
        var elapsed = Stopwatch.StartNew();
        await using var api = ApiProcess.Start("Postgres", $"Host=127.0.0.1;Port={port};Database=fluxstore;Username=fluxstore;Password={Password}", keys,
            new Dictionary<string, string?> { ["Database:StartupRetrySeconds"] = "3" });

        (await api.WaitForExitAsync(TimeSpan.FromSeconds(90))).Should().BeTrue("the API gives up after the retry time");
        elapsed.Stop();

        api.ExitCode.Should().Be(1);
        elapsed.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(3), "it kept retrying for Database:StartupRetrySeconds");
        var output = api.OutputLines;
        output.Count(l => l.Contains("cannot be used yet", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(2, "each retry is logged: {0}", string.Join('\n', output));
        output.Should().ContainSingle(l => l.StartsWith("FluxStore did not start:", StringComparison.Ordinal))
            .Which.Should().StartWith($"FluxStore did not start: Cannot use the Postgres database at '{host}'");
        output.Should().NotContain(l => l.Contains(Password, StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal), "no password, no stack trace");
    }

    [Test]
    public async Task AnSqliteFileThatAppearsWithinTheRetryTimeShouldBeUsed()
    {
        // "unable to open database file": its folder does not exist yet (a volume not mounted yet).
        var folder = Path.Combine(Path.GetTempPath(), $"fluxstore-late-volume-{Guid.NewGuid():N}");
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var factory = new FluxStoreFactory(database, new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "fluxstore.db")}",
            ["Database:StartupRetrySeconds"] = "60",
            ["FluxStore:Webhooks:DispatcherEnabled"] = "false",
        });
        try
        {
            var starting = Task.Run(() => factory.Server);
            await WaitForRetryAsync(factory, starting);
            Directory.CreateDirectory(folder);

            await starting.WaitAsync(TimeSpan.FromSeconds(60));
            (await factory.CreateClient().GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    [Test]
    public async Task APostgresThatComesUpWithinTheRetryTimeShouldBeUsed()
    {
        if (!TestDatabase.Providers.Contains("Postgres"))
        {
            Assert.Ignore($"{TestDatabase.PostgresVariable} is not set.");
        }

        await using var database = await TestDatabase.CreateAsync("Postgres");
        var target = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = new TcpProxy(target.Host!, target.Port);
        var proxied = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port };
        await using var factory = new FluxStoreFactory(database, new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = proxied.ConnectionString,
            ["Database:StartupRetrySeconds"] = "60",
            ["FluxStore:Webhooks:DispatcherEnabled"] = "false",
        });

        var starting = Task.Run(() => factory.Server);
        await WaitForRetryAsync(factory, starting);
        proxy.Start();

        await starting.WaitAsync(TimeSpan.FromSeconds(60));
        (await factory.CreateClient().GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>Waits until start-up has failed once and logged its retry, while the host is still starting.</summary>
    private static async Task WaitForRetryAsync(FluxStoreFactory factory, Task starting)
    {
        await Eventually.Until(
            () =>
            {
                starting.IsCompleted.Should().BeFalse("the API waits for its database: {0}", starting.Exception?.GetBaseException().Message);
                return factory.Logs.Lines.Any(l => l.Contains("cannot be used yet", StringComparison.Ordinal));
            },
            TimeSpan.FromSeconds(60),
            TimeSpan.FromMilliseconds(100));

        factory.Logs.Lines.Should().Contain(l => l.Contains("cannot be used yet", StringComparison.Ordinal), "start-up logs each retry");
        starting.IsCompleted.Should().BeFalse("the API still waits for its database");
    }
}
