namespace FluxStore.Management.Api.IntegrationTests.Errors;

/// <summary>Every surface answers errors in the spec's wrapper, whatever produced them.</summary>
public sealed class ErrorWrapperTests(string provider) : ApiTestBase(provider)
{
    // Well formed (store id + 32 characters), but no such key exists.
    private const string UnknownSecret = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private const string WellFormedUnknownKey = "flx_0123456789abcdef0123456789abcdef_" + UnknownSecret;

    [Test]
    public async Task UnknownRoutesShouldBe404InTheWrapper()
    {
        await ReadErrorAsync(await Anonymous().GetAsync("/api/v1/widgets"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await Anonymous().GetAsync("/nothing/here"), HttpStatusCode.NotFound);
        var setup = await NewStoreWithKeyAsync();
        await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/widgets"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/packages/not-a-guid"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task WrongMethodShouldBe405InTheWrapper()
    {
        var setup = await NewStoreWithKeyAsync();
        await ReadErrorAsync(await setup.Api.PutAsJsonAsync("/api/v1/packages", new { }), HttpStatusCode.MethodNotAllowed);
    }

    [Test]
    public async Task NonJsonBodyShouldBe415InTheWrapper()
    {
        var setup = await NewStoreWithKeyAsync();
        var response = await setup.Api.PostAsync("/api/v1/packages", new StringContent("name=VIP&price=1", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        var error = await ReadErrorAsync(response, HttpStatusCode.UnsupportedMediaType);
        error.Message.Should().Contain("application/json");
    }

    [Test]
    public async Task UnhandledExceptionsShouldBe500WithoutDetails()
    {
        var response = await Anonymous().GetAsync("/test-only/throw");
        var body = await response.Content.ReadAsStringAsync();
        var error = await ReadErrorAsync(response, HttpStatusCode.InternalServerError);

        error.Message.Should().Be("An unexpected error occurred. It has been logged.");
        body.Should().NotContain(ThrowingController.SecretText)
            .And.NotContain("InvalidOperationException")
            .And.NotContain("at FluxStore");
    }

    [TestCase(null, "Missing API key")]
    [TestCase("", "Missing API key")]
    [TestCase("not-a-key", "Invalid API key")]
    [TestCase("flx_XXXX_XXXXXXXX", "Invalid API key")]
    [TestCase(WellFormedUnknownKey, "Invalid API key")]
    public async Task BadKeysShouldBe401InTheWrapper(string? key, string expected)
    {
        var client = Anonymous();
        if (key is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key);
        }

        var response = await client.GetAsync("/api/v1/packages");
        var error = await ReadErrorAsync(response, HttpStatusCode.Unauthorized);
        error.Message.Should().Contain(expected);
        if (key is { Length: > 0 })
        {
            (await response.Content.ReadAsStringAsync()).Should().NotContain(key, "the key is never echoed");
        }
    }

    [Test]
    public async Task KeyOfAnotherStoreIdWithAValidSecretShouldBe401()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = await NewStoreAsync(setup.Owner);
        var forged = $"flx_{other.Id:N}_{setup.Key.Key[^32..]}";
        await ReadErrorAsync(await WithKey(forged).GetAsync("/api/v1/packages"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task DashboardWithoutOrWithBadTokenShouldBe401InTheWrapper()
    {
        await ReadErrorAsync(await Anonymous().GetAsync("/api/stores"), HttpStatusCode.Unauthorized);
        var error = await ReadErrorAsync(await WithBearer("not.a.jwt").GetAsync("/api/stores"), HttpStatusCode.Unauthorized);
        error.Message.Should().Contain("bearer token");
    }

    [Test]
    public async Task PluginApiWithoutAServerKeyShouldBe401InTheWrapper()
    {
        var response = await Anonymous().GetAsync("/api/plugin/v1/commands");
        await ReadErrorAsync(response, HttpStatusCode.Unauthorized);

        // The route exists: with a (wrong) server key the answer is still 401, and an unknown plugin path is a 404.
        var wrongKey = Anonymous();
        wrongKey.DefaultRequestHeaders.Add("X-Server-Key", "fsk_" + new string('A', 40));
        await ReadErrorAsync(await wrongKey.GetAsync("/api/plugin/v1/commands"), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await Anonymous().GetAsync("/api/plugin/v1/no-such-route"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task HealthEndpointsShouldAnswerInTheWrapper()
    {
        var live = await ReadAsync<JsonElement>(await Anonymous().GetAsync("/health/live"));
        live.GetProperty("status").GetString().Should().Be("Healthy");
        var ready = await ReadAsync<JsonElement>(await Anonymous().GetAsync("/health/ready"));
        ready.GetProperty("status").GetString().Should().Be("Healthy");
    }
}
