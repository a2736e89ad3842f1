using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Infrastructure.Security;

/// <summary><c>FluxStore:DataProtection:*</c>: where the key ring that encrypts gift card codes and webhook secrets lives.</summary>
public sealed class DataProtectionKeysOptions : IValidatedOptions
{
    public const string Section = "FluxStore:DataProtection";

    /// <summary>Default: a <c>keys</c> folder beside the SQLite file, or in the content root.</summary>
    public string? KeysPath { get; set; }

    public IEnumerable<string> Problems()
    {
        if (!string.IsNullOrWhiteSpace(KeysPath) && KeysPath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            yield return $"{Section}:KeysPath is not a valid path.";
    }
}
