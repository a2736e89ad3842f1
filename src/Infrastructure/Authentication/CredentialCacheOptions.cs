using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary><c>FluxStore:CredentialCache:*</c>, validated at start-up.</summary>
public sealed class CredentialCacheOptions : IValidatedOptions
{
    public const string Section = "FluxStore:CredentialCache";

    /// <summary>Off: every request reads its key (and its store's plan) from the database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each instance looks for changes made by the others (at most 500 ms: the 2 s promise).</summary>
    public int PollMilliseconds { get; set; } = 250;

    /// <summary>Authenticated keys kept; the cache is emptied when it would hold more.</summary>
    public int MaxEntries { get; set; } = 10_000;

    public IEnumerable<string> Problems()
    {
        if (PollMilliseconds is < 10 or > 500)
            yield return $"{Section}:PollMilliseconds must be between 10 and 500.";
        if (MaxEntries < 1)
            yield return $"{Section}:MaxEntries must be at least 1.";
    }
}
