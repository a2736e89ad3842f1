using Microsoft.Data.SqlClient;

namespace FluxStore.Management.Api.IntegrationTests.Persistence;

/// <summary>
/// SQL Server without a server: what an operator sees when the database cannot be reached, and that SqlClient can
/// run in this build at all (InvariantGlobalization=true makes it throw before it even tries the network).
/// </summary>
public sealed class DatabaseStartupTests
{
    /// <summary>A loopback port with nothing listening: connections are refused at once.</summary>
    private static readonly string UnreachableHost = $"127.0.0.1,{ClosedPort()}";

    private const string Password = "never-printed-Passw0rd";

    private static string UnreachableSqlServer =>
        $"Server={UnreachableHost};Database=fluxstore;User Id=sa;Password={Password};Connect Timeout=3;TrustServerCertificate=true";

    [Test]
    public void SqlClientShouldReachTheNetworkRatherThanRefuseTheGlobalizationMode()
    {
        using var connection = new SqlConnection(UnreachableSqlServer);
        var open = () => connection.Open();
        open.Should().Throw<SqlException>().Which.Message.Should().NotContain("Globalization Invariant Mode");
    }

    [Test]
    public void TheApiShouldNotRunInInvariantGlobalizationMode()
    {
        var runtimeConfig = Path.Combine(AppContext.BaseDirectory, "FluxStore.Management.Api.runtimeconfig.json");
        File.Exists(runtimeConfig).Should().BeTrue("the API's runtime settings are copied beside the tests");
        using var json = JsonDocument.Parse(File.ReadAllText(runtimeConfig));
        var options = json.RootElement.GetProperty("runtimeOptions");
        var invariant = options.TryGetProperty("configProperties", out var properties)
            && properties.TryGetProperty("System.Globalization.Invariant", out var value)
            && value.GetBoolean();
        invariant.Should().BeFalse("Microsoft.Data.SqlClient refuses to connect in invariant globalization mode");
    }

    [Test]
    public async Task AnUnreachableSqlServerShouldStopStartUpWithOneLineNamingProviderAndHost()
    {
        var keys = Path.Combine(Path.GetTempPath(), $"fluxstore-startup-keys-{Guid.NewGuid():N}");
        await using var api = ApiProcess.Start("SqlServer", UnreachableSqlServer, keys, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "None",
        });
        if (!await api.WaitForExitAsync(TimeSpan.FromSeconds(90)))
        {
            Assert.Fail("The API did not stop within 90 seconds with an unreachable database.");
        }

        var output = api.OutputLines;
        api.ExitCode.Should().NotBe(0);
        output.Should().ContainSingle("one line, no stack trace: {0}", string.Join(Environment.NewLine, output));
        output[0].Should().StartWith("FluxStore did not start: Cannot use the SqlServer database at '" + UnreachableHost + "'")
            .And.NotContain(Password).And.NotContain("Globalization Invariant Mode");
    }

    [Test]
    public async Task WithoutMigrationsAtStartUpTheApiShouldStartAndReportTheDatabaseNotReady()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var factory = new FluxStoreFactory(database, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["Database:ConnectionString"] = UnreachableSqlServer,
            ["Database:MigrateOnStartup"] = "false",
            ["FluxStore:Webhooks:DispatcherEnabled"] = "false",
        });
        var client = factory.CreateClient();

        var live = await client.GetAsync("/health/live");
        live.StatusCode.Should().Be(HttpStatusCode.OK);

        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("success").GetBoolean().Should().BeFalse();
        body.GetProperty("data").GetProperty("status").GetString().Should().Be("Unhealthy");
    }

    private static int ClosedPort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
