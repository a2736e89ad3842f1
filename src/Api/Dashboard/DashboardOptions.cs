using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Api.Dashboard;

/// <summary><c>FluxStore:Dashboard:*</c>: where the built dashboard app (clients/dashboard) is served from.</summary>
public sealed class DashboardOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Dashboard";

    /// <summary>
    /// Folder holding the built app (<c>index.html</c> and <c>assets/</c>); relative paths are resolved against the
    /// content root. <c>./build.sh</c> builds the app into <c>src/Api/wwwroot/dashboard</c>.
    /// </summary>
    public string Path { get; set; } = "wwwroot/dashboard";

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Path))
            yield return $"{Section}:Path must be set.";
    }
}
