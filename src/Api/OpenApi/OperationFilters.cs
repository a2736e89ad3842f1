using FluxStore.Management.Api.Authentication;
using FluxStore.Management.Api.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// Attaches the security scheme the API really uses for the operation's path (the same rule as the
/// authentication selector: <see cref="AuthSchemes.ForPath"/>); <c>[AllowAnonymous]</c> operations get none.
/// Store API operations are rate limited by path, so they document 429 and the rate-limit headers.
/// </summary>
public sealed class SecurityRequirementsOperationFilter : IOperationFilter
{
    private const string TooManyRequests = "429";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = new PathString("/" + context.ApiDescription.RelativePath);
        var isStoreApi = path.StartsWithSegments(StoreApiRateLimitMiddleware.StoreApi);
        operation.Responses ??= new OpenApiResponses();

        if (isStoreApi)
        {
            DocumentRateLimit(operation, context);
        }
        else
        {
            operation.Responses.Remove(TooManyRequests);
        }

        var anonymous = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        if (anonymous)
        {
            operation.Security = null;
            return;
        }

        operation.Security =
        [
            new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(AuthSchemes.ForPath(path), context.Document)] = [],
            },
        ];
    }

    private static void DocumentRateLimit(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!operation.Responses!.ContainsKey(TooManyRequests))
        {
            operation.Responses[TooManyRequests] = new OpenApiResponse
            {
                Description = "Too Many Requests",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new()
                    {
                        Schema = context.SchemaGenerator.GenerateSchema(typeof(ApiResponse<object>), context.SchemaRepository),
                    },
                },
            };
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete || !(status.StartsWith('2') || status == TooManyRequests))
            {
                continue;
            }

            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers["X-RateLimit-Limit"] = Header("Requests allowed per window for this key.");
            concrete.Headers["X-RateLimit-Remaining"] = Header("Requests left in the current window.");
            concrete.Headers["X-RateLimit-Reset"] = Header("Unix time (seconds) when the window ends.");
            if (status == TooManyRequests)
            {
                concrete.Headers["Retry-After"] = Header("Seconds to wait before retrying.");
            }
        }
    }

    private static OpenApiHeader Header(string description) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" },
    };
}

/// <summary>The API reads and writes only <c>application/json</c>; don't advertise text/json and friends.</summary>
public sealed class JsonOnlyRequestBodyOperationFilter : IOperationFilter
{
    private const string Json = "application/json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody is OpenApiRequestBody { Content: { } content } body && content.ContainsKey(Json))
        {
            foreach (var other in content.Keys.Where(k => k != Json).ToList())
            {
                content.Remove(other);
            }

            body.Required = true;
        }
    }
}
