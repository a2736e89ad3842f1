using System.Net.Http.Headers;
using System.Text;

namespace FluxStore.Management.Api.IntegrationTests.Security;

/// <summary>
/// Login and registration throttles and the anonymous body cap, on a frozen clock, with the in-process counter
/// store; <see cref="DatabaseStoreSignInThrottleTests"/> runs the same tests on the database-backed store.
/// </summary>
public class SignInThrottleTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    /// <summary><c>FluxStore:RateLimit:Store</c>: where the counters live.</summary>
    protected virtual string CounterStore => "InMemory";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:Store"] = CounterStore,
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

    [TestCase("/api/auth/login/")]
    [TestCase("/API/Auth/Login/")]
    public async Task EverySpellingThatReachesLoginShouldCountFailuresForTheEmail(string path)
    {
        var user = await NewUserAsync();
        _clock.Advance(TimeSpan.FromSeconds(60));
        for (var i = 0; i < 10; i++)
        {
            var wrong = await From($"198.51.101.{i + 1}").PostAsJsonAsync(path, new { email = user.Email, password = "wrong-password-" + i });
            await ReadErrorAsync(wrong, HttpStatusCode.Unauthorized);
        }

        // The right password is refused now, whichever spelling it comes by.
        foreach (var spelling in new[] { path, "/api/auth/login", "/API/AUTH/LOGIN" })
        {
            var locked = await From("198.51.101.99").PostAsJsonAsync(spelling, new { email = user.Email, password = user.Password });
            var error = await ReadErrorAsync(locked, HttpStatusCode.TooManyRequests);
            error.Message.Should().Contain("failed sign-ins");
            int.Parse(locked.Headers.GetValues("Retry-After").Single()).Should().BeInRange(1, 900);
            locked.Headers.Contains("X-RateLimit-Limit").Should().BeFalse("the sign-in throttle sends no per-key headers");
        }
    }

    [Test]
    public async Task EverySpellingThatReachesLoginOrRegistrationShouldCountForTheAddress()
    {
        _clock.Advance(TimeSpan.FromSeconds(60));
        const string address = "203.0.113.61";
        string[] logins = ["/api/auth/login/", "/API/AUTH/LOGIN", "/api/Auth/Login/"];
        string[] registrations = ["/api/auth/register/", "/API/Auth/Register", "/api/AUTH/register/"];
        for (var i = 0; i < 15; i++)
        {
            var login = await From(address).PostAsJsonAsync(logins[i % 3], new { email = $"nobody-{i}@example.com", password = "whatever-password" });
            await ReadErrorAsync(login, HttpStatusCode.Unauthorized);
            var registered = await From(address).PostAsJsonAsync(registrations[i % 3], NewRegistration());
            registered.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        foreach (var path in registrations.Concat(logins).Append("/api/auth/register").Append("/api/auth/login"))
        {
            var body = path.Contains("login", StringComparison.OrdinalIgnoreCase)
                ? (object)new { email = "nobody@example.com", password = "whatever-password" }
                : NewRegistration();
            var throttled = await From(address).PostAsJsonAsync(path, body);
            var error = await ReadErrorAsync(throttled, HttpStatusCode.TooManyRequests);
            error.Message.Should().Contain("from this address");
            throttled.Headers.Contains("Retry-After").Should().BeTrue();
        }

        // Another address is not affected.
        (await From("203.0.113.62").PostAsJsonAsync("/api/auth/register/", NewRegistration())).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task LoginBodiesWithAByteOrderMarkShouldBeCountedAndRefused()
    {
        var user = await NewUserAsync();
        _clock.Advance(TimeSpan.FromSeconds(60));
        for (var i = 0; i < 8; i++)
        {
            await ReadErrorAsync(await LoginWithBomFrom($"198.51.102.{i + 1}", user.Email, "wrong-password-" + i), HttpStatusCode.Unauthorized);
        }

        // The same body in UTF-16 (with its byte-order mark) binds as well, and counts as well: the 9th failure.
        var utf16 = new ByteArrayContent(Encoding.Unicode.GetPreamble()
            .Concat(Encoding.Unicode.GetBytes(JsonSerializer.Serialize(new { email = user.Email, password = "wrong-password-utf16" })))
            .ToArray());
        utf16.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-16");
        await ReadErrorAsync(await From("198.51.102.50").PostAsync("/api/auth/login", utf16), HttpStatusCode.Unauthorized);

        // Right passwords give their attempt back: after 9 failures they still get in, any number of times.
        for (var i = 0; i < 3; i++)
        {
            var accepted = await LoginWithBomFrom("198.51.102.60", user.Email, user.Password);
            accepted.StatusCode.Should().Be(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        }

        await ReadErrorAsync(await LoginWithBomFrom("198.51.102.61", user.Email, "wrong-password-last"), HttpStatusCode.Unauthorized);

        // 10 failures: locked, with or without the mark.
        var locked = await LoginWithBomFrom("198.51.102.62", user.Email, user.Password);
        (await ReadErrorAsync(locked, HttpStatusCode.TooManyRequests)).Message.Should().Contain("failed sign-ins");
        locked.Headers.Contains("Retry-After").Should().BeTrue();
        await ReadErrorAsync(await LoginFrom("198.51.102.62", user.Email, user.Password), HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task ParallelWrongPasswordsShouldBeCheckedAtMostLimitTimes()
    {
        var user = await NewUserAsync();
        _clock.Advance(TimeSpan.FromSeconds(60));

        // Right passwords in parallel all get in and give their reservation back: nothing stays counted.
        var accepted = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(i => LoginFrom($"198.51.104.{i + 1}", user.Email, user.Password)));
        accepted.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);

        var responses = await Task.WhenAll(Enumerable.Range(0, 25)
            .Select(i => LoginFrom($"198.51.103.{i + 1}", user.Email, "wrong-password-" + i)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized).Should().Be(10, "only 10 attempts can be reserved in the window");
        responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).Should().Be(15);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests))
        {
            (await ReadErrorAsync(refused, HttpStatusCode.TooManyRequests)).Message.Should().Contain("failed sign-ins");
            refused.Headers.Contains("Retry-After").Should().BeTrue();
        }

        await ReadErrorAsync(await LoginFrom("198.51.103.99", user.Email, user.Password), HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task IPv6ClientsShouldBeCountedByTheirSlash64AndIPv4ByAddress()
    {
        _clock.Advance(TimeSpan.FromSeconds(60));

        // 30 attempts, each from another address of one /64.
        for (var i = 0; i < 30; i++)
        {
            var address = $"2001:db8:77:1:{i + 1:x}:{i * 7919 % 65536:x}:{i * 31:x}:{i + 2:x}";
            (await LoginFrom(address, $"nobody-{i}@example.com", "whatever-password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var sameBlock = await LoginFrom("2001:db8:77:1:ffff:ffff:ffff:ffff", "nobody@example.com", "whatever-password");
        (await ReadErrorAsync(sameBlock, HttpStatusCode.TooManyRequests)).Message.Should().Contain("from this address");
        await ReadErrorAsync(await RegisterFrom("2001:db8:77:1::abcd", $"new-{Guid.NewGuid():N}@example.com"), HttpStatusCode.TooManyRequests);

        // The neighbouring /64 is another client.
        (await RegisterFrom("2001:db8:77:2::1", $"new-{Guid.NewGuid():N}@example.com")).StatusCode.Should().Be(HttpStatusCode.OK);

        // IPv4 stays per address, and an IPv4 address and its IPv4-mapped IPv6 form are one client.
        for (var i = 0; i < 30; i++)
        {
            var address = i % 2 == 0 ? "203.0.113.71" : "::ffff:203.0.113.71";
            (await LoginFrom(address, $"nobody-{i}@example.com", "whatever-password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        await ReadErrorAsync(await LoginFrom("::ffff:203.0.113.71", "nobody@example.com", "whatever-password"), HttpStatusCode.TooManyRequests);
        await ReadErrorAsync(await LoginFrom("203.0.113.71", "nobody@example.com", "whatever-password"), HttpStatusCode.TooManyRequests);
        (await LoginFrom("203.0.113.72", "nobody@example.com", "whatever-password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await LoginFrom("::ffff:203.0.113.72", "nobody@example.com", "whatever-password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static object NewRegistration() =>
        new { email = $"new-{Guid.NewGuid():N}@example.com", password = "correct-horse-battery", displayName = "New" };

    private Task<HttpResponseMessage> LoginWithBomFrom(string address, string email, string password)
    {
        var body = new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. JsonSerializer.SerializeToUtf8Bytes(new { email, password })]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return From(address).PostAsync("/api/auth/login", body);
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

/// <summary>The same throttles with <c>FluxStore:RateLimit:Store = Database</c>: reservations are atomic in the database too.</summary>
public sealed class DatabaseStoreSignInThrottleTests(string provider) : SignInThrottleTests(provider)
{
    protected override string CounterStore => "Database";
}
