using System.Security.Claims;
using System.Text.Encodings.Web;
using FluxStore.Management.Api.Errors;
using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Application.Servers;
using FluxStore.Management.Infrastructure.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Api.Authentication;

/// <summary><c>X-Server-Key: fsk_{secret}</c> for game server plugins: one lookup by the key's hash.</summary>
public sealed class ServerKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ICredentialLookup credentials)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TryGetSecret(Request.Headers[AuthSchemes.ServerKeyHeader].ToString().Trim(), out var secret))
        {
            return AuthenticateResult.Fail("Missing or invalid server key.");
        }

        var server = await credentials.FindServerKeyAsync(secret, Context.RequestAborted);
        if (server is null)
        {
            return AuthenticateResult.Fail("Missing or invalid server key.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(FluxClaims.CallerKind, nameof(CallerKind.GameServer)),
                new Claim(FluxClaims.ServerId, server.Id.ToString()),
                new Claim(FluxClaims.StoreId, server.StoreId.ToString()),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    /// <summary>The secret of a well-formed <c>fsk_{secret}</c> key; false for anything else.</summary>
    public static bool TryGetSecret(string value, out string secret)
    {
        if (value.Length != ServerKeys.Prefix.Length + ServerKeys.SecretLength
            || !value.StartsWith(ServerKeys.Prefix, StringComparison.Ordinal))
        {
            secret = string.Empty;
            return false;
        }

        secret = value[ServerKeys.Prefix.Length..];
        return true;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ErrorResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Missing or invalid server key: send it in the X-Server-Key header.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ErrorResponses.WriteAsync(Context, StatusCodes.Status403Forbidden);
}
