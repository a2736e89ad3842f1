using FluxStore.Management.Application.Common.Configuration;
namespace FluxStore.Management.Api.Observability;

/// <summary>
/// <c>FluxStore:Tracing:*</c>. Traces are recorded when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (and exported there,
/// with the other standard <c>OTEL_*</c> variables) or when <see cref="Enabled"/> is true (no exporter of our own:
/// for a host that adds one, such as the tests' in-memory exporter).
/// </summary>
public sealed class TracingOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Tracing";

    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public bool Enabled { get; set; }

    public IEnumerable<string> Problems() => [];
}
