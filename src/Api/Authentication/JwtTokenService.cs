using System.Security.Claims;
using System.Text;
using FluxStore.Management.Application.Common.Interfaces;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FluxStore.Management.Api.Authentication;

/// <summary><c>FluxStore:Jwt:*</c>: signing key (≥32 bytes), issuer, audience, token lifetime.</summary>
public sealed class JwtSettings
{
    public const string Section = "FluxStore:Jwt";

    public string SigningKey { get; set; } = string.Empty;

    public string Issuer { get; set; } = "fluxstore";

    public string Audience { get; set; } = "fluxstore-dashboard";

    public int LifetimeMinutes { get; set; } = 60;

    public SymmetricSecurityKey Key => new(Encoding.UTF8.GetBytes(SigningKey));
}

/// <summary>
/// Issues dashboard tokens on the system clock, the clock the bearer handler validates them against
/// (business time, which tests may move, is a separate concern).
/// </summary>
public sealed class JwtTokenService(JwtSettings settings) : ITokenService
{
    private readonly JsonWebTokenHandler _handler = new();

    public AccessToken Issue(Guid userId, string email, bool isPlatformAdmin)
    {
        var now = DateTime.UtcNow;
        var expires = now.AddMinutes(settings.LifetimeMinutes);
        var claims = new List<Claim>
        {
            new(FluxClaims.Subject, userId.ToString()),
            new(FluxClaims.Email, email),
            new(FluxClaims.CallerKind, nameof(CallerKind.User)),
        };
        if (isPlatformAdmin)
        {
            claims.Add(new Claim(FluxClaims.PlatformAdmin, "true"));
        }

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(settings.Key, SecurityAlgorithms.HmacSha256),
        });
        return new AccessToken(token, new DateTime(expires.Ticks - (expires.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc));
    }
}
