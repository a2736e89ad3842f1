using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Infrastructure.RateLimiting;

/// <summary><c>FluxStore:RateLimit:*</c>, validated at start-up.</summary>
public sealed class RateLimitOptions : IValidatedOptions
{
    public const string Section = "FluxStore:RateLimit";

    /// <summary>Requests per key per window (the spec: 30).</summary>
    public int PermitLimit { get; set; } = 30;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Requests per signed-in user per window on the dashboard's store routes (<c>/api/stores/*</c>).</summary>
    public int DashboardPermitLimit { get; set; } = 300;

    /// <summary>Requests with a missing or bad key allowed per client address per window.</summary>
    public int InvalidKeyPermitLimit { get; set; } = 20;

    /// <summary>Where the counters live: this process, or the database (exact across several instances).</summary>
    public RateLimitStoreKind Store { get; set; } = RateLimitStoreKind.InMemory;

    /// <summary>With the database store: how often counter rows of long-gone windows are deleted.</summary>
    public int PruneIntervalSeconds { get; set; } = 60;

    public IEnumerable<string> Problems()
    {
        if (PermitLimit < 1)
            yield return $"{Section}:PermitLimit must be at least 1.";
        if (DashboardPermitLimit < 1)
            yield return $"{Section}:DashboardPermitLimit must be at least 1.";
        if (WindowSeconds is < 1 or > 86_400)
            yield return $"{Section}:WindowSeconds must be between 1 and 86400.";
        if (InvalidKeyPermitLimit < 1)
            yield return $"{Section}:InvalidKeyPermitLimit must be at least 1.";
        if (PruneIntervalSeconds is < 1 or > 86_400)
            yield return $"{Section}:PruneIntervalSeconds must be between 1 and 86400.";
        if (!Enum.IsDefined(Store))
            yield return $"{Section}:Store must be InMemory or Database.";
    }
}
