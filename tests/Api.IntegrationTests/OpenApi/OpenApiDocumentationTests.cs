using System.Text;
using System.Text.Json.Nodes;
using FluxStore.Management.Api.OpenApi;

namespace FluxStore.Management.Api.IntegrationTests.OpenApi;

/// <summary>
/// The OpenAPI document reads as documentation (what Spectral's <c>spectral:oas</c> checks in the build): summaries and
/// descriptions from the XML comments, defined tags, servers and contact; every JSON body's 415; the events API listed.
/// </summary>
public sealed class OpenApiDocumentationTests(string provider) : OpenApiDocumentTestBase(provider)
{
    [Test]
    public void EveryOperationShouldHaveASummaryADescriptionAndADefinedTag()
    {
        var tags = Document["tags"]!.AsArray().Select(t => t!.AsObject()).ToList();
        tags.Should().OnlyContain(t => !string.IsNullOrWhiteSpace(t["description"]!.GetValue<string>()));
        var defined = tags.Select(t => t["name"]!.GetValue<string>()).ToHashSet();
        foreach (var (path, method, operation) in Operations())
        {
            operation["summary"]?.GetValue<string>().Should().NotBeNullOrWhiteSpace($"{method} {path} has a summary");
            operation["description"]?.GetValue<string>().Should().Contain("Permission", $"{method} {path} says what it needs");
            operation["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Should().BeSubsetOf(defined, $"{method} {path}'s tag is defined");
        }

        Document["info"]!["contact"]!["name"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        Document["servers"]!.AsArray().Should().NotBeEmpty();
    }

    [Test]
    public async Task EveryOperationTakingAJsonBodyShouldDocumentIts415()
    {
        var withBody = Operations().Where(o => o.Operation["requestBody"] is not null).ToList();
        withBody.Should().HaveCountGreaterThan(20);
        foreach (var (path, method, operation) in withBody)
        {
            var unsupported = operation["responses"]!["415"];
            unsupported.Should().NotBeNull($"{method} {path} takes a JSON body");
            unsupported!["content"]!["application/json"]!["schema"]!.ToJsonString()
                .Should().Be(operation["responses"]!["400"]!["content"]!["application/json"]!["schema"]!.ToJsonString(), "415 comes in the wrapper like 400");
        }

        Operations().Where(o => o.Operation["requestBody"] is null).Should().OnlyContain(o => o.Operation["responses"]!["415"] == null);

        // And the API answers it so.
        var setup = await NewStoreWithKeyAsync();
        var refused = await setup.Api.PostAsync("/api/v1/packages", new StringContent("""{"name":"VIP","price":1}""", Encoding.UTF8, "text/plain"));
        (await ReadErrorAsync(refused, HttpStatusCode.UnsupportedMediaType)).Message.Should().Contain("application/json");
    }

    [Test]
    public void TheEventsApiShouldBeListedOnBothSurfacesAndMetricsNot()
    {
        var paths = Document["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.Should().Contain(["/api/v1/events", "/api/v1/events/{id}", "/api/stores/{storeId}/events", "/api/stores/{storeId}/events/{id}"]);
        paths.Should().NotContain(p => p.StartsWith("/metrics", StringComparison.Ordinal) || p.StartsWith("/health", StringComparison.Ordinal));

        // Cursors only: the offset parameters its query type inherits are refused, so not documented.
        var list = Document["paths"]!["/api/v1/events"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>().ToLowerInvariant());
        list.Should().Contain(["type", "createdafter", "deliveryfailed", "limit", "after", "before"]).And.NotContain(["skip", "take", "includetotal"]);
    }
}
