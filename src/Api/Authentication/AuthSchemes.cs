using FluxStore.Management.Api.RateLimiting;

namespace FluxStore.Management.Api.Authentication;

public static class AuthSchemes
{
    public const string ApiKey = "ApiKey";
    public const string Bearer = "Bearer";
    public const string ServerKey = "ServerKey";

    /// <summary>Chooses the scheme from the path, so each surface has exactly one way in.</summary>
    public const string Selector = "FluxStore";

    public const string ApiKeyHeader = "X-Api-Key";
    public const string ServerKeyHeader = "X-Server-Key";

    public static readonly PathString PluginApi = "/api/plugin";

    /// <summary>The one scheme a path accepts; the OpenAPI document attaches the same one to each operation.</summary>
    public static string ForPath(PathString path) =>
        path.StartsWithSegments(StoreApiRateLimitMiddleware.StoreApi) ? ApiKey
        : path.StartsWithSegments(PluginApi) ? ServerKey
        : Bearer;
}
