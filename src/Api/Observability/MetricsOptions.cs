using FluxStore.Management.Application.Common.Configuration;
using Microsoft.Extensions.Configuration;

namespace FluxStore.Management.Api.Observability;

/// <summary><c>FluxStore:Metrics:*</c>: the Prometheus scraping endpoint <c>GET /metrics</c> (off by default).</summary>
public sealed class MetricsOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Metrics";

    /// <summary>Serve <c>GET /metrics</c> in the Prometheus text format.</summary>
    public bool Prometheus { get; set; }

    /// <summary>
    /// Serve <c>/metrics</c> on this port only (the API's own addresses then answer 404 for it), so it need not be
    /// exposed with the API. Unset: on the API's addresses.
    /// </summary>
    public int? Port { get; set; }

    /// <summary>Label the order counters with <c>store_id</c> (one series per store: mind the cardinality).</summary>
    public bool PerStore { get; set; }

    public static MetricsOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<MetricsOptions>() ?? new MetricsOptions();

    public IEnumerable<string> Problems()
    {
        if (Port is < 1 or > 65535)
            yield return $"{Section}:Port must be a TCP port (1-65535).";
        if (Port is not null && !Prometheus)
            yield return $"{Section}:Port needs {Section}:Prometheus=true.";
    }
}
