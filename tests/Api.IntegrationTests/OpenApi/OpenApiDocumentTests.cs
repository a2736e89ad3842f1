using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using FluxStore.Management.Api.OpenApi;
using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Packages;

namespace FluxStore.Management.Api.IntegrationTests.OpenApi;

/// <summary>The OpenAPI document the API serves: the TypeScript client is generated from exactly this.</summary>
public sealed class OpenApiDocumentTests(string provider) : OpenApiDocumentTestBase(provider)
{
    private JsonObject Schema(string id) => Document["components"]!["schemas"]![id]!.AsObject();

    [Test]
    public async Task ShouldServeAnOpenApi30DocumentAndTheInteractiveUi()
    {
        Document["openapi"]!.GetValue<string>().Should().MatchRegex(@"^3\.0\.\d+$");
        Document["info"]!["title"]!.GetValue<string>().Should().Be("FluxStore Store Management API");

        var ui = await Anonymous().GetAsync(OpenApiSetup.UiPath + "/index.html");
        ui.StatusCode.Should().Be(HttpStatusCode.OK);
        ui.Content.Headers.ContentType!.MediaType.Should().Be("text/html");

        // The README's address opens the UI on the document the client is generated from.
        var root = await Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(OpenApiSetup.UiPath);
        root.StatusCode.Should().Be(HttpStatusCode.Redirect);
        Uri.UnescapeDataString(root.Headers.Location!.ToString()).Should().Contain("url=" + OpenApiSetup.DocumentPath);
    }

    [Test]
    public async Task ShouldServeTheDocumentTheBuildExports()
    {
        // The build exports the document without a server (IOpenApiDocumentGenerator); the API serves the same one.
        var generated = await Factory.Services.GetRequiredService<NSwag.Generation.IOpenApiDocumentGenerator>().GenerateAsync(OpenApiSetup.DocumentName);
        var exported = JsonNode.Parse(generated.ToJson())!.AsObject();

        exported["paths"]!.ToJsonString().Should().Be(Document["paths"]!.ToJsonString());
        exported["components"]!.ToJsonString().Should().Be(Document["components"]!.ToJsonString());
        Document["paths"]!.AsObject().Select(p => p.Key).Should().NotContain(p => p.Contains("test-only"), "test-only controllers stay out");
        Document.ContainsKey("x-generator").Should().BeFalse("the committed file must not change with the NSwag version");
    }

    [Test]
    public void ShouldNameEveryOperationControllerUnderscoreActionUniquely()
    {
        var ids = Operations().Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();

        ids.Should().OnlyContain(id => id != null && Regex.IsMatch(id, "^[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*$"));
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().Contain(["Packages_List", "Packages_Create", "Packages_Update", "ApiKeys_Regenerate", "Auth_Login", "AdminStores_SetPlan"]);
    }

    [Test]
    public void ShouldDeclareTheThreeSecuritySchemes()
    {
        var schemes = Document["components"]!["securitySchemes"]!;

        schemes["ApiKey"]!["type"]!.GetValue<string>().Should().Be("apiKey");
        schemes["ApiKey"]!["in"]!.GetValue<string>().Should().Be("header");
        schemes["ApiKey"]!["name"]!.GetValue<string>().Should().Be("X-Api-Key");
        schemes["Bearer"]!["type"]!.GetValue<string>().Should().Be("http");
        schemes["Bearer"]!["scheme"]!.GetValue<string>().Should().Be("bearer");
        schemes["Bearer"]!["bearerFormat"]!.GetValue<string>().Should().Be("JWT");
        schemes["ServerKey"]!["type"]!.GetValue<string>().Should().Be("apiKey");
        schemes["ServerKey"]!["name"]!.GetValue<string>().Should().Be("X-Server-Key");
    }

    [Test]
    public void ShouldAttachTheSchemeOfEachSurfaceToItsOperations()
    {
        foreach (var (path, method, operation) in Operations())
        {
            var schemes = operation["security"]?.AsArray().SelectMany(r => r!.AsObject().Select(s => s.Key)).ToList() ?? [];
            string[] expected = path switch
            {
                "/api/auth/register" or "/api/auth/login" => [],
                _ when path.StartsWith("/api/v1/", StringComparison.Ordinal) => ["ApiKey"],
                _ when path.StartsWith("/api/plugin/", StringComparison.Ordinal) => ["ServerKey"],
                _ => ["Bearer"],
            };
            schemes.Should().Equal(expected, "{0} {1} needs exactly that scheme", method, path);
        }
    }

    [Test]
    public void ShouldDocumentTheErrorWrapperAndRateLimitOnlyOnTheRateLimitedSurfaces()
    {
        foreach (var (path, method, operation) in Operations())
        {
            var responses = operation["responses"]!.AsObject();
            // The Store API (per key) and the dashboard's store routes (per user).
            var storeApi = path.StartsWith("/api/v1/", StringComparison.Ordinal) || path.StartsWith("/api/stores", StringComparison.Ordinal);
            string[] errors = storeApi ? ["400", "401", "403", "404", "429"] : ["400", "401", "403", "404"];
            if (operation["requestBody"] is not null)
            {
                errors = [.. errors, "415"]; // a body sent as anything but application/json
            }

            responses.Select(r => r.Key).Should().BeEquivalentTo(errors.Prepend("200"), "{0} {1}", method, path);
            foreach (var status in errors)
            {
                responses[status]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>()
                    .Should().Be("#/components/schemas/ApiResponseOfObject", "{0} {1} {2}", method, path, status);
            }

            if (storeApi)
            {
                responses["429"]!["headers"]!["Retry-After"].Should().NotBeNull();
            }
        }
    }

    [Test]
    public void ShouldDocumentTheStoreApisOperationsAgainOnTheDashboardWithTheirOwnNamesAndTheStoreId()
    {
        var operations = Operations().ToList();
        var storeApi = operations.Where(o => o.Path.StartsWith("/api/v1/", StringComparison.Ordinal)
                                             && !o.Path.StartsWith("/api/v1/subscriptions", StringComparison.Ordinal)).ToList();
        storeApi.Should().NotBeEmpty();
        foreach (var (path, method, operation) in storeApi)
        {
            var dashboardPath = "/api/stores/{storeId}/" + path["/api/v1/".Length..];
            var twin = operations.SingleOrDefault(o => o.Path == dashboardPath && o.Method == method);
            twin.Operation.Should().NotBeNull("{0} {1} is also served on the dashboard", method, path);
            twin.Operation["operationId"]!.GetValue<string>().Should().Be("Store" + operation["operationId"]!.GetValue<string>());
            var storeId = twin.Operation["parameters"]!.AsArray()[0]!;
            storeId["name"]!.GetValue<string>().Should().Be("storeId", "the store comes first, as on the other dashboard routes");
            storeId["in"]!.GetValue<string>().Should().Be("path");
            storeId["schema"]!["format"]!.GetValue<string>().Should().Be("guid");
            twin.Operation["responses"]!["200"]!["content"]!.ToJsonString()
                .Should().Be(operation["responses"]!["200"]!["content"]!.ToJsonString(), "the same payload on both surfaces");
            twin.Operation["responses"]!["200"]!["headers"]!["X-RateLimit-Limit"]!["description"]!.GetValue<string>().Should().Contain("user");
        }
    }

    [Test]
    public void ShouldTypeSuccessResponsesWithAGenericWrapperSchemaPerPayload()
    {
        string SuccessSchema(string operationId) => Operations().Single(o => o.Operation["operationId"]!.GetValue<string>() == operationId)
            .Operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();

        SuccessSchema("Packages_Get").Should().Be("#/components/schemas/ApiResponseOfPackageDto");
        SuccessSchema("Packages_List").Should().Be("#/components/schemas/ApiResponseOfListOfPackageDto");
        SuccessSchema("ApiKeys_Regenerate").Should().Be("#/components/schemas/ApiResponseOfApiKeyCreatedDto");
        SuccessSchema("Packages_Delete").Should().Be("#/components/schemas/ApiResponseOfObject");

        var wrapper = Schema("ApiResponseOfPackageDto")["properties"]!.AsObject();
        wrapper.Select(p => p.Key).Should().Equal("success", "data", "message", "errors");
        wrapper["data"]!["oneOf"]![0]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/PackageDto");
        wrapper["data"]!["nullable"]!.GetValue<bool>().Should().BeTrue();

        // Responses always carry every property, so the client can rely on them.
        Schema("PackageDto")["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain(["id", "name", "price"]);
    }

    [Test]
    public void ShouldDescribeOptionalPatchFieldsAsThePlainNullableType()
    {
        var properties = Schema("UpdatePackageCommand")["properties"]!.AsObject();

        properties["price"]!["type"]!.GetValue<string>().Should().Be("number");
        properties["price"]!["nullable"]!.GetValue<bool>().Should().BeTrue();
        properties["name"]!["type"]!.GetValue<string>().Should().Be("string");
        properties["name"]!["nullable"]!.GetValue<bool>().Should().BeTrue();
        properties["serverIds"]!["type"]!.GetValue<string>().Should().Be("array");
        properties["subscriptionInterval"]!["oneOf"]![0]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/SubscriptionIntervalDto");
        properties["subscriptionInterval"]!["nullable"]!.GetValue<bool>().Should().BeTrue();
        Schema("UpdatePackageCommand")["required"].Should().BeNull("an absent PATCH field means unchanged");
        Schema("CreatePackageCommand")["required"].Should().BeNull("request bodies may leave optional fields out");
        Document["components"]!["schemas"]!.AsObject().Select(s => s.Key).Should().NotContain(k => k.Contains("Optional"));
        Document.ToJsonString().Should().NotContain("\"isSet\"");
    }

    [Test]
    public void ShouldLeaveJsonIgnoredPropertiesOutOfEverySchema()
    {
        var schemas = Document["components"]!["schemas"]!.AsObject();
        var checkedTypes = 0;
        foreach (var type in typeof(UpdatePackageCommand).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters))
        {
            if (schemas[SchemaIds.For(type)]?["properties"] is not JsonObject properties)
            {
                continue;
            }

            var ignored = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always })
                .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
                .ToList();
            properties.Select(p => p.Key).Should().NotIntersectWith(ignored, "{0} marks them [JsonIgnore]", type.Name);
            checkedTypes += ignored.Count > 0 ? 1 : 0;
        }

        checkedTypes.Should().BeGreaterThan(0);
        Schema("UpdatePackageCommand")["properties"]!["id"].Should().BeNull();
    }
}

public sealed class SchemaIdsTests
{
    [Test]
    public void ShouldNameGenericSchemasAfterTheirArguments()
    {
        SchemaIds.For(typeof(ApiResponse<PackageDto>)).Should().Be("ApiResponseOfPackageDto");
        SchemaIds.For(typeof(ApiResponse<IReadOnlyList<PackageDto>>)).Should().Be("ApiResponseOfListOfPackageDto");
        SchemaIds.For(typeof(ApiResponse<PagedResult<PackageDto>>)).Should().Be("ApiResponseOfPagedResultOfPackageDto");
        SchemaIds.For(typeof(ApiResponse<object>)).Should().Be("ApiResponseOfObject");
        SchemaIds.For(typeof(Optional<PackageDto?>)).Should().Be("PackageDto");
        SchemaIds.For(typeof(PackageDto)).Should().Be("PackageDto");
    }

    [Test]
    public void ShouldFailOnTwoTypesWithOneSchemaNameInsteadOfNumberingThem()
    {
        var names = new UniqueSchemaNames();

        names.Generate(new NJsonSchema.JsonSchema(), "PackageDto", ["CategoryDto"]).Should().Be("PackageDto");
        var clash = () => names.Generate(new NJsonSchema.JsonSchema(), "PackageDto", ["CategoryDto", "PackageDto"]);
        clash.Should().Throw<InvalidOperationException>().WithMessage("*'PackageDto'*");
    }
}
