using FluxStore.Management.Api.Authentication;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// The API's OpenAPI 3.0 document (Swashbuckle) and its interactive UI. Everything here is generic — it reads
/// controllers, routes and types — so new endpoints appear in the document and the TypeScript client without
/// any change in this folder.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public const string DocumentPath = "/swagger/v1/swagger.json";

    /// <summary>Security scheme ids in the document: one per way in (see <see cref="AuthSchemes.ForPath"/>).</summary>
    public static readonly IReadOnlyDictionary<string, IOpenApiSecurityScheme> SecuritySchemes =
        new Dictionary<string, IOpenApiSecurityScheme>
        {
            [AuthSchemes.ApiKey] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AuthSchemes.ApiKeyHeader,
                Description = "Store API key: flx_{storeId}_{secret}. Created in the dashboard (API keys).",
            },
            [AuthSchemes.Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Dashboard and operator API: the accessToken returned by POST /api/auth/login.",
            },
            [AuthSchemes.ServerKey] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AuthSchemes.ServerKeyHeader,
                Description = "Game server key, created in the dashboard (servers). Plugin API only.",
            },
        };

    public static IServiceCollection AddFluxStoreOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "FluxStore Store Management API",
                Version = DocumentName,
                Description = "Store API (/api/v1, X-Api-Key), dashboard API (/api/auth, /api/stores, Bearer JWT), "
                    + "operator API (/api/admin, Bearer JWT of a platform admin) and plugin API (/api/plugin, X-Server-Key). "
                    + "Every response body is the wrapper {success, data, message, errors}.",
            });

            // Packages_List, ApiKeys_Regenerate, ...: stable names the TypeScript client is generated from.
            o.CustomOperationIds(OperationId);
            o.CustomSchemaIds(SchemaIds.For);

            // Paths in ordinal order, methods in a fixed order: the exported file must not depend on reflection order.
            o.OrderActionsBy(SortKey);
            o.SupportNonNullableReferenceTypes();

            // A nullable reference to another schema (ApiResponse.data, a PATCH sub-object) stays nullable in 3.0.
            o.UseAllOfToExtendReferenceSchemas();

            foreach (var (id, scheme) in SecuritySchemes)
            {
                o.AddSecurityDefinition(id, scheme);
            }

            o.OperationFilter<SecurityRequirementsOperationFilter>();
            o.OperationFilter<JsonOnlyRequestBodyOperationFilter>();
            o.DocumentFilter<DocumentConsistencyFilter>();
            o.DocumentFilter<ResponseSchemasRequiredFilter>();
        });

        // PATCH fields are Optional<T> on the server and plain (nullable) T on the wire.
        services.RemoveAll<ISerializerDataContractResolver>();
        services.AddSingleton<ISerializerDataContractResolver>(provider =>
        {
            var json = provider.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
            var generator = provider.GetRequiredService<IOptions<SchemaGeneratorOptions>>().Value;
            return new OptionalAwareDataContractResolver(new JsonSerializerDataContractResolver(json, generator));
        });
        return services;
    }

    /// <summary>Serves the document (OpenAPI 3.0) at <see cref="DocumentPath"/> and the UI at <c>/swagger</c>.</summary>
    public static WebApplication UseFluxStoreOpenApi(this WebApplication app)
    {
        app.UseSwagger(o => o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0);
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint(DocumentPath, "FluxStore Store Management API");
            o.DocumentTitle = "FluxStore Store Management API";
        });
        return app;
    }

    internal static string? OperationId(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription api) =>
        api.ActionDescriptor is ControllerActionDescriptor action
            ? $"{action.ControllerName}_{action.ActionName}"
            : null;

    private static string SortKey(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription api)
    {
        var method = (api.HttpMethod ?? string.Empty).ToUpperInvariant();
        var rank = Array.IndexOf(MethodOrder, method);
        // A space sorts before '/', so "api/stores" comes before "api/stores/{storeId}".
        return $"{api.RelativePath} {(rank < 0 ? MethodOrder.Length : rank)}{method}";
    }

    private static readonly string[] MethodOrder = ["GET", "POST", "PUT", "PATCH", "DELETE"];
}
