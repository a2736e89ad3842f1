using FluxStore.Management.Api.Authentication;

namespace FluxStore.Management.Api;

/// <summary>
/// The API's surfaces: the one place their route prefixes are written (TreeCheck refuses them anywhere else) and
/// what applies to each: the one authentication scheme it accepts, how it is throttled and whether its POSTs take an
/// <c>Idempotency-Key</c>. Controllers route with the constants; middlewares, the authentication selector and the
/// OpenAPI processors ask <see cref="Of"/>.
/// </summary>
public static class ApiSurfaces
{
    /// <summary>The Store API: API key, store taken from the key.</summary>
    public const string StoreApi = "api/v1";

    /// <summary>The dashboard's stores: bearer token of a signed-in user.</summary>
    public const string Stores = "api/stores";

    /// <summary>One store on the dashboard: the member's permissions apply, store taken from the route.</summary>
    public const string Store = Stores + "/{storeId:guid}";

    /// <summary>The plugin API of the game servers: server key.</summary>
    public const string Plugin = PluginRoot + "/v1";

    /// <summary>Sign-in, registration and the signed-in user's own resources.</summary>
    public const string Auth = "api/auth";

    /// <summary>The operator API: bearer token of a platform admin.</summary>
    public const string Admin = "api/admin";

    /// <summary>Every version of the plugin API is one surface (a server key is checked whatever the version).</summary>
    public const string PluginRoot = "api/plugin";

    private static readonly PathString StoreApiPath = "/" + StoreApi;
    private static readonly PathString StoresPath = "/" + Stores;
    private static readonly PathString PluginPath = "/" + PluginRoot;
    private static readonly PathString AuthPath = "/" + Auth;
    private static readonly PathString AdminPath = "/" + Admin;

    public static ApiSurface Of(PathString path) =>
        path.StartsWithSegments(StoreApiPath) ? ApiSurface.StoreApi
        : path.StartsWithSegments(PluginPath) ? ApiSurface.Plugin
        : path.StartsWithSegments(StoresPath) ? ApiSurface.Stores
        : path.StartsWithSegments(AuthPath) ? ApiSurface.Auth
        : path.StartsWithSegments(AdminPath) ? ApiSurface.Admin
        : ApiSurface.None;

    /// <summary>The one scheme a surface accepts; the OpenAPI document attaches the same one to each operation.</summary>
    public static string AuthenticationScheme(this ApiSurface surface) => surface switch
    {
        ApiSurface.StoreApi => AuthSchemes.ApiKey,
        ApiSurface.Plugin => AuthSchemes.ServerKey,
        _ => AuthSchemes.Bearer,
    };

    public static RequestThrottle Throttle(this ApiSurface surface) => surface switch
    {
        ApiSurface.StoreApi => RequestThrottle.PerApiKey,
        ApiSurface.Stores => RequestThrottle.PerUser,
        ApiSurface.Plugin => RequestThrottle.BadServerKeysPerAddress,
        _ => RequestThrottle.None,
    };

    /// <summary>Every POST of the Store API and of the dashboard's stores (not <c>Auth</c>); nothing else.</summary>
    public static bool TakesIdempotencyKey(this ApiSurface surface, string method) =>
        HttpMethods.IsPost(method) && surface is ApiSurface.StoreApi or ApiSurface.Stores;
}

public enum ApiSurface
{
    None,
    StoreApi,
    Stores,
    Plugin,
    Auth,
    Admin,
}

/// <summary>How a surface's requests are counted (<c>FluxStore:RateLimit:*</c>).</summary>
public enum RequestThrottle
{
    None,

    /// <summary>A window per API key, with <c>X-RateLimit-*</c> headers; missing or wrong keys counted per address.</summary>
    PerApiKey,

    /// <summary>A window per signed-in user, with the same headers.</summary>
    PerUser,

    /// <summary>Only wrong server keys, per address.</summary>
    BadServerKeysPerAddress,
}
