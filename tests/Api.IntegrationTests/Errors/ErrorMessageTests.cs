namespace FluxStore.Management.Api.IntegrationTests.Errors;

/// <summary>
/// Pins every message built from a binding failure. They are derived from structure (JSON path, body type,
/// exception type), so a runtime update that rewords System.Text.Json or MVC cannot change them.
/// </summary>
public sealed class ErrorMessageTests(string provider) : ApiTestBase(provider)
{
    private StoreSetup _setup = null!;

    [SetUp]
    public async Task CreateStoreAsync() => _setup = await NewStoreWithKeyAsync();

    // Wrong JSON type for a property.
    [TestCase("{\"name\":\"P\",\"price\":\"cheap\"}", "'price' has an invalid value or type.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"isActive\":\"yes\"}", "'isActive' has an invalid value or type.")]
    [TestCase("{\"name\":5,\"price\":1}", "'name' has an invalid value or type.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"categoryId\":\"not-a-guid\"}", "'categoryId' has an invalid value or type.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"isActive\":null}", "'isActive' has an invalid value or type.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"serverIds\":\"x\"}", "'serverIds' has an invalid value or type.")]
    // Numbers the target type cannot hold: a fraction, an overflow.
    [TestCase("{\"name\":\"P\",\"price\":1,\"sortOrder\":1.5}", "'sortOrder' has an invalid value or type.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"sortOrder\":99999999999}", "'sortOrder' has an invalid value or type.")]
    [TestCase("{\"name\":\"P\",\"price\":1e400}", "'price' has an invalid value or type.")]
    // Malformed JSON.
    [TestCase("{\"name\":\"P\",\"price\":1", "The request body is not valid JSON (near 'price').")]
    [TestCase("{\"name\":'P'}", "The request body is not valid JSON (near 'name').")]
    [TestCase("not json", "The request body is not valid JSON.")]
    [TestCase("{\"name\":\"P\",}", "The request body is not valid JSON.")]
    // A body that is not an object.
    [TestCase("[1,2]", "The request body has the wrong shape (expected a JSON object).")]
    [TestCase("42", "The request body has the wrong shape (expected a JSON object).")]
    // Unknown properties, at the top and nested.
    [TestCase("{\"name\":\"P\",\"price\":1,\"colour\":\"red\"}", "Unknown property 'colour'.")]
    [TestCase("{\"name\":\"P\",\"price\":1,\"commands\":[{\"stage\":\"purchase\",\"content\":\"say hi\",\"onlineOnly\":false,\"delay\":5}]}", "Unknown property 'delay' in 'commands[0]'.")]
    // Text the database could not store.
    [TestCase("{\"name\":\"a\\u0000b\",\"price\":1}", "'name' must not contain NUL characters.")]
    // No body at all.
    [TestCase("", "A JSON request body is required.")]
    public async Task BodyBindingFailureShouldBe400WithItsMessage(string body, string expected)
    {
        var error = await ReadErrorAsync(await _setup.Api.PostAsync("/api/v1/packages", RawJson(body)), HttpStatusCode.BadRequest);

        error.Message.Should().Be("The request is not valid.");
        error.Errors.Should().Equal(expected);
    }

    [TestCase("take=abc", "'take' has an invalid value.")]
    [TestCase("skip=1.5", "'skip' has an invalid value.")]
    [TestCase("take=99999999999", "'take' has an invalid value.")]
    public async Task QueryBindingFailureShouldBe400WithItsMessage(string query, string expected)
    {
        var error = await ReadErrorAsync(await _setup.Api.GetAsync("/api/v1/coupons?" + query), HttpStatusCode.BadRequest);

        error.Errors.Should().Contain(expected);
    }
}
