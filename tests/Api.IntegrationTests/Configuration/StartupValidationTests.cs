namespace FluxStore.Management.Api.IntegrationTests.Configuration;

/// <summary>A bad setting stops start-up with one line that names its configuration key.</summary>
public sealed class StartupValidationTests
{
    [TestCase("FluxStore:RateLimit:InvalidKeyPermitLimit", "0")]
    [TestCase("FluxStore:RateLimit:PermitLimit", "-1")]
    [TestCase("FluxStore:RateLimit:WindowSeconds", "0")]
    [TestCase("FluxStore:RateLimit:Store", "Redis")]
    [TestCase("FluxStore:RateLimit:PruneIntervalSeconds", "0")]
    [TestCase("Database:StartupRetrySeconds", "-1")]
    [TestCase("FluxStore:Jwt:LifetimeMinutes", "0")]
    [TestCase("FluxStore:Jwt:LifetimeMinutes", "-5")]
    [TestCase("FluxStore:Jwt:SigningKey", "too-short")]
    [TestCase("FluxStore:Jwt:SigningKey", "")]
    [TestCase("FluxStore:Jwt:Issuer", " ")]
    [TestCase("FluxStore:Bootstrap:AdminPassword", "short")]
    [TestCase("FluxStore:Bootstrap:AdminEmail", "not-an-email")]
    [TestCase("FluxStore:Orders:MaxCommandsPerOrder", "0")]
    [TestCase("FluxStore:Webhooks:BatchSize", "0")]
    [TestCase("FluxStore:Plugin:LeaseSeconds", "0")]
    [TestCase("FluxStore:Plugin:LeaseSeconds", "-60")]
    [TestCase("FluxStore:Plugin:MaxAttempts", "0")]
    [TestCase("FluxStore:SeedDemo", "maybe")]
    [TestCase("FluxStore:Cors:Origins:0", "not an origin")]
    [TestCase("FluxStore:Dashboard:Path", " ")]
    [TestCase("FluxStore:ForwardedHeaders:KnownProxies:0", "10.0.0.300")]
    [TestCase("FluxStore:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/40")]
    [TestCase("FluxStore:AuthThrottle:FailedLoginLimit", "0")]
    [TestCase("FluxStore:AuthThrottle:AddressPermitLimit", "0")]
    [TestCase("FluxStore:Passwords:BcryptWorkFactor", "3")]
    [TestCase("FluxStore:Limits:ServersPerStore", "0")]
    [TestCase("FluxStore:Subscriptions:SweepBatchSize", "0")]
    public async Task BadSettingShouldStopStartUpNamingTheKey(string key, string value)
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var factory = new FluxStoreFactory(database, new Dictionary<string, string?> { [key] = value });

        var start = () => factory.Server;

        var failure = start.Should().Throw<Exception>().Which;
        var messages = Chain(failure).Select(e => e.Message).ToList();
        messages.Should().Contain(m => m.Contains(key, StringComparison.Ordinal), "the failure names the setting");
        messages.First(m => m.Contains(key, StringComparison.Ordinal)).Should().NotContain("\n", "the reason is one line");
    }

    [Test]
    public async Task GoodSettingsShouldStart()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var factory = new FluxStoreFactory(database, new Dictionary<string, string?>
        {
            ["FluxStore:RateLimit:Store"] = "database",
            ["FluxStore:Jwt:LifetimeMinutes"] = "5",
        });

        var response = await factory.CreateClient().GetAsync("/health/live");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
