namespace FluxStore.Management.Application.Common.Mapping;

/// <summary><c>AutoMapper:*</c>: the licence key (optional; without one AutoMapper logs a licence notice).</summary>
public sealed class AutoMapperOptions
{
    public const string Section = "AutoMapper";

    public string? LicenseKey { get; set; }
}
