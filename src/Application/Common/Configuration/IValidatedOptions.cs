namespace FluxStore.Management.Application.Common.Configuration;

/// <summary>An options class registered with <c>AddValidatedOptions</c>.</summary>
public interface IValidatedOptions
{
    /// <summary>One sentence per bad value, each starting with the full configuration key; none when all are good.</summary>
    IEnumerable<string> Problems();
}
