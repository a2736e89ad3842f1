namespace FluxStore.Management.Api.IntegrationTests.Security;

/// <summary>Login and registration throttles and the anonymous body cap, on a frozen clock.</summary>
public sealed class SignInThrottleTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:AuthThrottle:FailedLoginLimit"] = "10",
        ["FluxStore:AuthThrottle:FailedLoginWindowSeconds"] = "900",
        ["FluxStore:AuthThrottle:AddressPermitLimit"] = "30",
        ["FluxStore:AuthThrottle:AddressWindowSeconds"] = "60",
    };

    [Test]
    public async Task TenFailedLoginsShouldLockThatEmailForTheRestOfTheWindow()
    {
        var user = await NewUserAsync();
        _clock.Advance(TimeSpan.FromSeconds(60)); // a fresh address window for this test
        for (var i = 0; i < 10; i++)
        {
            await ReadErrorAsync(await LoginFrom($"198.51.100.{i + 1}", user.Email, "wrong-password-" + i), HttpStatusCode.Unauthorized);
        }

        // Even the right password, from another address, is refused until the window ends.
        var locked = await LoginFrom("198.51.100.99", user.Email.ToUpperInvariant(), user.Password);
        var error = await ReadErrorAsync(locked, HttpStatusCode.TooManyRequests);
        error.Message.Should().Contain("failed sign-ins");
        var retryAfter = int.Parse(locked.Headers.GetValues("Retry-After").Single());
        retryAfter.Should().BeInRange(1, 900);

        // Other accounts are unaffected.
        var other = await NewUserAsync();
        (await LoginFrom("198.51.100.99", other.Email, other.Password)).StatusCode.Should().Be(HttpStatusCode.OK);

        _clock.Advance(TimeSpan.FromSeconds(retryAfter));
        (await LoginFrom("198.51.100.99", user.Email, user.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task ThirtyAttemptsPerAddressPerMinuteShouldBeAllowed()
    {
        _clock.Advance(TimeSpan.FromSeconds(60));
        const string address = "203.0.113.77";
        for (var i = 0; i < 15; i++)
        {
            (await LoginFrom(address, $"nobody-{i}@example.com", "whatever-password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            var registered = await RegisterFrom(address, $"new-{Guid.NewGuid():N}@example.com");
            registered.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var throttled = await RegisterFrom(address, $"new-{Guid.NewGuid():N}@example.com");
        await ReadErrorAsync(throttled, HttpStatusCode.TooManyRequests);
        throttled.Headers.Contains("Retry-After").Should().BeTrue();
        await ReadErrorAsync(await LoginFrom(address, "nobody@example.com", "whatever-password"), HttpStatusCode.TooManyRequests);

        // Another address is not affected; the next minute starts afresh.
        (await RegisterFrom("203.0.113.78", $"new-{Guid.NewGuid():N}@example.com")).StatusCode.Should().Be(HttpStatusCode.OK);
        _clock.Advance(TimeSpan.FromSeconds(60));
        (await RegisterFrom(address, $"new-{Guid.NewGuid():N}@example.com")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task AnonymousEndpointsShouldRefuseBodiesOver64Kilobytes()
    {
        var padding = new string('x', 64 * 1024);
        var client = Anonymous();
        var tooLarge = await client.PostAsync("/api/auth/register", RawJson($$"""{"email":"big@example.com","password":"correct-horse-battery","displayName":"{{padding}}"}"""));
        var error = await ReadErrorAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
        error.Message.Should().Contain("64 KB");

        var loginTooLarge = await client.PostAsync("/api/auth/login", RawJson($$"""{"email":"big@example.com","password":"{{padding}}"}"""));
        await ReadErrorAsync(loginTooLarge, HttpStatusCode.RequestEntityTooLarge);

        // A normal body still binds after being buffered.
        (await RegisterFrom("203.0.113.200", $"small-{Guid.NewGuid():N}@example.com")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private Task<HttpResponseMessage> LoginFrom(string address, string email, string password) =>
        From(address).PostAsJsonAsync("/api/auth/login", new { email, password });

    private Task<HttpResponseMessage> RegisterFrom(string address, string email) =>
        From(address).PostAsJsonAsync("/api/auth/register", new { email, password = "correct-horse-battery", displayName = "New" });

    private HttpClient From(string address)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(TestPeerAddress.Header, address);
        return client;
    }
}
