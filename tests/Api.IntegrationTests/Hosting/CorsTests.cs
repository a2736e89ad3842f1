namespace FluxStore.Management.Api.IntegrationTests.Hosting;

/// <summary>CORS from <c>FluxStore:Cors:Origins</c>: the dashboard's dev server may call the API and read its error details.</summary>
public sealed class CorsTests(string provider) : ApiTestBase(provider)
{
    private const string DevServer = "http://localhost:5173";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:Cors:Origins:0"] = DevServer,
        ["FluxStore:Cors:Origins:1"] = "https://dashboard.example.com/",
        ["FluxStore:RateLimit:PermitLimit"] = "2",
    };

    [TestCase(DevServer)]
    [TestCase("https://dashboard.example.com")]
    public async Task ShouldAnswerPreflightsFromConfiguredOrigins(string origin)
    {
        var response = await Anonymous().SendAsync(Preflight("/api/stores", origin, "POST", "authorization,content-type"));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").Single().Should().Be(origin);
        string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant().Should().Contain("authorization").And.Contain("content-type");
        string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")).Should().Contain("POST");
    }

    [Test]
    public async Task ShouldAllowTheStoreApiKeyHeaderInPreflights()
    {
        var response = await Anonymous().SendAsync(Preflight("/api/v1/packages", DevServer, "GET", "x-api-key"));

        response.Headers.GetValues("Access-Control-Allow-Origin").Single().Should().Be(DevServer);
        string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant().Should().Contain("x-api-key");
    }

    [Test]
    public async Task ShouldNotAllowOtherOrigins()
    {
        var preflight = await Anonymous().SendAsync(Preflight("/api/stores", "https://evil.example.com", "POST", "authorization"));
        preflight.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/stores");
        request.Headers.Add("Origin", "https://evil.example.com");
        var response = await Anonymous().SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    [Test]
    public async Task ErrorResponsesShouldCarryCorsHeadersSoTheBrowserCanShowThem()
    {
        var badRegister = new HttpRequestMessage(HttpMethod.Post, "/api/auth/register") { Content = JsonContent.Create(new { email = "nope", password = "x" }) };
        badRegister.Headers.Add("Origin", DevServer);
        var bad = await Anonymous().SendAsync(badRegister);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        bad.Headers.GetValues("Access-Control-Allow-Origin").Single().Should().Be(DevServer);

        var setup = await NewStoreWithKeyAsync();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/packages");
            request.Headers.Add("Origin", DevServer);
            last = await setup.Api.SendAsync(request);
        }

        last.StatusCode.Should().Be((HttpStatusCode)429);
        last.Headers.GetValues("Access-Control-Allow-Origin").Single().Should().Be(DevServer);
        var exposed = string.Join(",", last.Headers.GetValues("Access-Control-Expose-Headers"));
        exposed.Should().Contain("Retry-After").And.Contain("X-RateLimit-Remaining");
        last.Headers.RetryAfter.Should().NotBeNull();
    }

    internal static HttpRequestMessage Preflight(string path, string origin, string method, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }
}

/// <summary>No configured origins (the default): no cross-origin access at all.</summary>
public sealed class CorsDefaultTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ShouldAllowNoOriginByDefault()
    {
        var preflight = await Anonymous().SendAsync(CorsTests.Preflight("/api/stores", "http://localhost:5173", "POST", "authorization"));
        preflight.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email = "a@example.com", password = "wrong-password-1" }) };
        request.Headers.Add("Origin", "http://localhost:5173");
        var response = await Anonymous().SendAsync(request);
        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }
}
