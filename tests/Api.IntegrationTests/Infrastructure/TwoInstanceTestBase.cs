namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Fixtures that need a second API instance over the same database (shared rate limit, cache invalidation across
/// instances): <see cref="Second"/> starts after the first host, with the same settings and clock.
/// </summary>
public abstract class TwoInstanceTestBase(string provider) : ApiTestBase(provider)
{
    /// <summary>What every in-memory copy promises: a change saved on one instance is seen on the other within 2 s.</summary>
    protected static readonly TimeSpan Promise = TimeSpan.FromSeconds(2);

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

    /// <summary>
    /// Reads until <paramref name="done"/> holds and returns that answer; fails when the read that saw it started
    /// later than <see cref="Promise"/> after the call.
    /// </summary>
    protected static async Task<T> ShouldSeeWithinPromiseAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var (last, askedAfter) = await Eventually.Timed(read, done, Promise + TimeSpan.FromSeconds(1));
        done(last).Should().BeTrue("the last answer was {0}", last);
        askedAfter.Should().BeLessThan(Promise, "another instance's change must be seen within 2 seconds");
        return last;
    }

    /// <summary><see cref="ShouldSeeWithinPromiseAsync{T}"/> for the status of a GET.</summary>
    protected static Task<HttpStatusCode> ShouldAnswerWithinPromiseAsync(HttpClient client, string path, HttpStatusCode expected) =>
        ShouldSeeWithinPromiseAsync(async () => (await client.GetAsync(path)).StatusCode, status => status == expected);
}
