using FluxStore.Management.Api.Authentication;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>The three ways in, one security scheme each (see <see cref="ApiSurfaces.AuthenticationScheme"/>).</summary>
public sealed class SecuritySchemesProcessor : IDocumentProcessor
{
    public void Process(DocumentProcessorContext context)
    {
        var schemes = context.Document.Components.SecuritySchemes;
        schemes[AuthSchemes.ApiKey] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.ApiKey,
            In = OpenApiSecurityApiKeyLocation.Header,
            Name = AuthSchemes.ApiKeyHeader,
            Description = "Store API key: flx_{storeId}_{secret}. Created in the dashboard (API keys).",
        };
        schemes[AuthSchemes.Bearer] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = $"Dashboard and operator API: the accessToken returned by POST /{ApiSurfaces.Auth}/login.",
        };
        schemes[AuthSchemes.ServerKey] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.ApiKey,
            In = OpenApiSecurityApiKeyLocation.Header,
            Name = AuthSchemes.ServerKeyHeader,
            Description = "Game server key, created in the dashboard (servers). Plugin API only.",
        };
    }
}
