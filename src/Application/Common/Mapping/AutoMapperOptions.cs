using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Application.Common.Mapping;

/// <summary><c>AutoMapper:*</c>: the licence key (optional; without one AutoMapper logs a licence notice).</summary>
public sealed class AutoMapperOptions : IValidatedOptions
{
    public const string Section = "AutoMapper";

    public string? LicenseKey { get; set; }

    /// <summary>Any value is accepted: AutoMapper checks the key itself and logs what it finds.</summary>
    public IEnumerable<string> Problems() => [];
}
