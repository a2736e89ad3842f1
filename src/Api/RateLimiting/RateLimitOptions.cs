namespace FluxStore.Management.Api.RateLimiting;

/// <summary><c>FluxStore:RateLimit:*</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "FluxStore:RateLimit";

    /// <summary>Requests per key per window (the spec: 30).</summary>
    public int PermitLimit { get; set; } = 30;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Requests with a missing or bad key allowed per client address per window.</summary>
    public int InvalidKeyPermitLimit { get; set; } = 20;
}
