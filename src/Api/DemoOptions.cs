using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Api;

/// <summary><c>FluxStore:SeedDemo</c>: in Development, seed and print a demo store on an empty database (default true).</summary>
public sealed class DemoOptions : IValidatedOptions
{
    public const string Section = "FluxStore";

    public bool SeedDemo { get; set; } = true;

    public IEnumerable<string> Problems() => [];
}
