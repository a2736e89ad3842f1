using System.Security.Claims;
using FluxStore.Management.Application.Common.Interfaces;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace FluxStore.Management.Api.Authentication;

/// <summary>
/// Issues dashboard tokens on the system clock, the clock the bearer handler validates them against
/// (business time, which tests may move, is a separate concern).
/// </summary>
public sealed class JwtTokenService(IOptions<JwtOptions> options) : ITokenService
{
    private readonly JwtOptions _settings = options.Value;
    private readonly JsonWebTokenHandler _handler = new();

    public AccessToken Issue(Guid userId, string email, bool isPlatformAdmin)
    {
        var now = DateTime.UtcNow;
        var expires = now.AddMinutes(_settings.LifetimeMinutes);
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
            Issuer = _settings.Issuer,
            Audience = _settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(_settings.Key, SecurityAlgorithms.HmacSha256),
        });
        return new AccessToken(token, new DateTime(expires.Ticks - (expires.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc));
    }
}
