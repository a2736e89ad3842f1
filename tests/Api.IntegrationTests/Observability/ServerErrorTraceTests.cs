using System.Text.RegularExpressions;

namespace FluxStore.Management.Api.IntegrationTests.Observability;

/// <summary>A 5xx answer carries the trace id in the wrapper and a traceparent header; other errors do not change.</summary>
public sealed partial class ServerErrorTraceTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task AServerErrorShouldCarryItsTraceIdInTheWrapperAndATraceparentHeader()
    {
        var response = await Anonymous().GetAsync("/test-only/throw");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var header = response.Headers.GetValues("traceparent").Should().ContainSingle().Subject;
        var match = TraceParent().Match(header);
        match.Success.Should().BeTrue("'{0}' has the W3C traceparent form", header);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("success").GetBoolean().Should().BeFalse();
        body.GetProperty("errors").GetArrayLength().Should().Be(0, "the errors list stays as it is");
        body.GetProperty("traceId").GetString().Should().Be(match.Groups["trace"].Value);
    }

    [Test]
    public async Task ATraceIdSentByTheClientShouldBeTheOneQuoted()
    {
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/test-only/throw");
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        var response = await Anonymous().SendAsync(request);

        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("traceId").GetString().Should().Be(traceId);
        response.Headers.GetValues("traceparent").Single().Should().StartWith($"00-{traceId}-");
    }

    [Test]
    public async Task AClientErrorShouldNotCarryATraceId()
    {
        var response = await Anonymous().GetAsync("/api/v1/no-such-route");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Headers.Contains("traceparent").Should().BeFalse();
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("traceId", out _).Should().BeFalse();
    }

    [GeneratedRegex("^00-(?<trace>[0-9a-f]{32})-[0-9a-f]{16}-0[01]$")]
    private static partial Regex TraceParent();
}
