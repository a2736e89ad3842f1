using System.Text.Json.Nodes;
using FluxStore.Management.Api.OpenApi;

namespace FluxStore.Management.Api.IntegrationTests.OpenApi;

/// <summary>Tests that read the OpenAPI document the API serves, loaded once per fixture.</summary>
public abstract class OpenApiDocumentTestBase(string provider) : ApiTestBase(provider)
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    protected JsonObject Document { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task LoadDocumentAsync()
    {
        var response = await Anonymous().GetAsync(OpenApiSetup.DocumentPath);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    protected IEnumerable<(string Path, string Method, JsonObject Operation)> Operations() =>
        Document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(op => HttpMethods.Contains(op.Key))
            .Select(op => (path.Key, op.Key, op.Value!.AsObject())));
}
