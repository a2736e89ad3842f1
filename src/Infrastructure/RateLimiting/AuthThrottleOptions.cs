using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Infrastructure.RateLimiting;

/// <summary><c>FluxStore:AuthThrottle:*</c>: limits on the anonymous sign-in endpoints, validated at start-up.</summary>
public sealed class AuthThrottleOptions : IValidatedOptions
{
    public const string Section = "FluxStore:AuthThrottle";

    /// <summary>Failed logins per email per window before further attempts for that email get 429.</summary>
    public int FailedLoginLimit { get; set; } = 10;

    public int FailedLoginWindowSeconds { get; set; } = 900;

    /// <summary>Login plus registration attempts per client address per window.</summary>
    public int AddressPermitLimit { get; set; } = 30;

    public int AddressWindowSeconds { get; set; } = 60;

    /// <summary>Largest request body an anonymous endpoint reads (64 KB); larger bodies get 413.</summary>
    public int MaxAnonymousBodyBytes { get; set; } = 64 * 1024;

    public IEnumerable<string> Problems()
    {
        if (FailedLoginLimit < 1)
            yield return $"{Section}:FailedLoginLimit must be at least 1.";
        if (FailedLoginWindowSeconds is < 1 or > 86_400)
            yield return $"{Section}:FailedLoginWindowSeconds must be between 1 and 86400.";
        if (AddressPermitLimit < 1)
            yield return $"{Section}:AddressPermitLimit must be at least 1.";
        if (AddressWindowSeconds is < 1 or > 86_400)
            yield return $"{Section}:AddressWindowSeconds must be between 1 and 86400.";
        if (MaxAnonymousBodyBytes is < 1024 or > 16 * 1024 * 1024)
            yield return $"{Section}:MaxAnonymousBodyBytes must be between 1024 and 16777216.";
    }
}
