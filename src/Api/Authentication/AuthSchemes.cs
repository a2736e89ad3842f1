namespace FluxStore.Management.Api.Authentication;

public static class AuthSchemes
{
    public const string ApiKey = "ApiKey";
    public const string Bearer = "Bearer";
    public const string ServerKey = "ServerKey";

    /// <summary>Chooses the scheme from the path (<see cref="ApiSurfaces.AuthenticationScheme"/>), so each surface has exactly one way in.</summary>
    public const string Selector = "FluxStore";

    public const string ApiKeyHeader = "X-Api-Key";
    public const string ServerKeyHeader = "X-Server-Key";
}
