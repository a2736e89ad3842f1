using FluxStore.Management.Application.Common.Configuration;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace FluxStore.Management.Api.Authentication;

/// <summary><c>FluxStore:Jwt:*</c>: signing key (at least 32 characters), issuer, audience, token lifetime; validated at start-up.</summary>
public sealed class JwtOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Jwt";

    public const int SigningKeyMinLength = 32;

    public string SigningKey { get; set; } = string.Empty;

    public string Issuer { get; set; } = "fluxstore";

    public string Audience { get; set; } = "fluxstore-dashboard";

    public int LifetimeMinutes { get; set; } = 60;

    public SymmetricSecurityKey Key => new(Encoding.UTF8.GetBytes(SigningKey));

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(SigningKey))
            yield return $"{Section}:SigningKey must be set (at least {SigningKeyMinLength} characters).";
        else if (SigningKey.Length < SigningKeyMinLength)
            yield return $"{Section}:SigningKey must be at least {SigningKeyMinLength} characters.";
        if (string.IsNullOrWhiteSpace(Issuer))
            yield return $"{Section}:Issuer must be set.";
        if (string.IsNullOrWhiteSpace(Audience))
            yield return $"{Section}:Audience must be set.";
        if (LifetimeMinutes is < 1 or > 525_600)
            yield return $"{Section}:LifetimeMinutes must be between 1 and 525600.";
    }
}
