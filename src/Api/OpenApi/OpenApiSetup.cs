using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.Options;
using NJsonSchema;
using NJsonSchema.Generation;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// The API's OpenAPI 3.0 document (NSwag) and its interactive UI. Everything here is generic — it reads
/// controllers, routes and types — so new endpoints appear in the document and the TypeScript client without
/// any change in this folder. Each processor (one class per concern) adjusts what NSwag generates.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public const string DocumentPath = "/swagger/v1/swagger.json";

    public const string UiPath = "/swagger";

    public static IServiceCollection AddFluxStoreOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddOpenApiDocument((settings, provider) =>
        {
            settings.DocumentName = DocumentName;
            settings.Title = "FluxStore Store Management API";
            settings.Version = DocumentName;
            settings.Description = $"Store API (/{ApiSurfaces.StoreApi}, X-Api-Key), dashboard API (/{ApiSurfaces.Auth}, /{ApiSurfaces.Stores}, Bearer JWT), "
                + $"operator API (/{ApiSurfaces.Admin}, Bearer JWT of a platform admin) and plugin API (/{ApiSurfaces.PluginRoot}, X-Server-Key). "
                + "Every response body is the wrapper {success, data, message, errors}.";

            settings.SchemaSettings = new SystemTextJsonSchemaGeneratorSettings
            {
                SchemaType = SchemaType.OpenApi3,
                SerializerOptions = provider.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions,
                // PATCH fields are Optional<T> on the server and plain (nullable) T on the wire.
                ReflectionService = new OptionalAwareReflectionService(),
                // ApiResponseOfPackageDto, ApiResponseOfListOfPackageDto, ...: the names the client's types carry.
                SchemaNameGenerator = new SchemaIds(),
                TypeNameGenerator = new UniqueSchemaNames(),
                DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull,
                // Records that extend another DTO (ApiKeyCreatedDto : ApiKeyDto) are written out whole, not as allOf.
                FlattenInheritanceHierarchy = true,
                UseXmlDocumentation = false,
            };
            settings.SchemaSettings.SchemaProcessors.Add(new WrapperDataNullableProcessor());

            settings.OperationProcessors.Add(new OperationIdProcessor());
            settings.OperationProcessors.Add(new SecurityRequirementProcessor());
            settings.OperationProcessors.Add(new RouteStoreIdProcessor());
            settings.OperationProcessors.Add(new RateLimitResponsesProcessor());
            settings.OperationProcessors.Add(new RequestBodyProcessor());
            settings.OperationProcessors.Add(new UnsupportedMediaTypeProcessor());
            settings.OperationProcessors.Add(new IdempotencyKeyHeaderProcessor());
            settings.OperationProcessors.Add(new ResponseDescriptionsProcessor());
            settings.OperationProcessors.Add(new ListResponsesProcessor());
            settings.OperationProcessors.Add(new CursorOnlyListProcessor());
            settings.OperationProcessors.Add(new XmlDocsProcessor());
            settings.DocumentProcessors.Add(new SecuritySchemesProcessor());
            settings.DocumentProcessors.Add(new DocumentInfoProcessor());
            settings.DocumentProcessors.Add(new ResponseSchemasRequiredProcessor());
            settings.DocumentProcessors.Add(new UniqueOperationIdsProcessor(provider.GetRequiredService<IApiDescriptionGroupCollectionProvider>()));
            settings.DocumentProcessors.Add(new StableOrderProcessor());
        });
        return services;
    }

    /// <summary>Serves the document (OpenAPI 3.0) at <see cref="DocumentPath"/> and the UI at <see cref="UiPath"/>.</summary>
    public static WebApplication UseFluxStoreOpenApi(this WebApplication app)
    {
        app.UseOpenApi(o =>
        {
            o.DocumentName = DocumentName;
            o.Path = DocumentPath;
        });
        app.UseSwaggerUi(o =>
        {
            o.Path = UiPath;
            o.DocumentPath = DocumentPath;
            o.DocumentTitle = "FluxStore Store Management API";
        });
        return app;
    }
}
