namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Fixtures that need a second API instance over the same database (shared rate limit, cache invalidation across
/// instances): <see cref="Second"/> starts after the first host, with the same settings and clock.
/// </summary>
public abstract class TwoInstanceTestBase(string provider) : ApiTestBase(provider)
{
    protected FluxStoreFactory Second { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartSecondInstance()
    {
        Second = new FluxStoreFactory(Factory.Database, Settings, Clock);
        _ = Second.Server;
    }

    /// <summary>After the base class's reset (the shared database and the first instance): the second instance's memory.</summary>
    [SetUp]
    public void ResetSecondInstance() => InMemoryState.Reset(Second.Services);

    [OneTimeTearDown]
    public async Task StopSecondInstanceAsync() => await Second.DisposeAsync();
}
