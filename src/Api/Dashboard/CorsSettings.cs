using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Api.Dashboard;

/// <summary><c>FluxStore:Cors:*</c>: browser origins allowed to call the API (the dashboard's dev server, for instance).</summary>
public sealed class CorsSettings : IValidatedOptions
{
    public const string Section = "FluxStore:Cors";

    /// <summary>Exact origins such as <c>http://localhost:5173</c>; empty (the default) allows no cross-origin calls.</summary>
    public string[] Origins { get; set; } = [];

    public IEnumerable<string> Problems()
    {
        for (var i = 0; i < Origins.Length; i++)
        {
            var origin = Origins[i];
            if (!string.IsNullOrWhiteSpace(origin)
                && !(Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
                yield return $"{Section}:Origins:{i} must be an absolute http or https origin.";
        }
    }
}
