using FluxStore.Management.Application.Common.Configuration;
namespace FluxStore.Management.Api.Observability;

/// <summary><c>FluxStore:Logging:*</c>: how the console log is written.</summary>
public sealed class LoggingFormatOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Logging";

    /// <summary>
    /// <c>text</c> (default, readable for <c>dotnet run</c>) or <c>json</c>: one JSON object per line with the scopes,
    /// among them the trace id and span id of the request or background job that wrote it.
    /// </summary>
    public string Format { get; set; } = "text";

    public bool IsJson => string.Equals(Format, "json", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<string> Problems()
    {
        if (!string.Equals(Format, "text", StringComparison.OrdinalIgnoreCase) && !IsJson)
            yield return $"{Section}:Format must be 'text' or 'json'.";
    }
}
