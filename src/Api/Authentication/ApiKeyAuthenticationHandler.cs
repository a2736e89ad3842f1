using System.Security.Claims;
using System.Text.Encodings.Web;
using FluxStore.Management.Api.Errors;
using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Domain.ApiKeys;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Infrastructure.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Api.Authentication;

/// <summary>
/// <c>X-Api-Key: flx_{storeId:N}_{secret}</c>. The credential lookup reads the key and its store's plan in
/// one indexed query; the secret itself is never stored, logged or echoed.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ICredentialLookup credentials,
    ApiKeyUsageRecorder usage,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string FailureItem = "flx.auth.failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return Fail("Missing API key: send it in the X-Api-Key header.");
        }

        if (!ApiKey.TryParse(values.ToString().Trim(), out var storeId, out var secret))
        {
            return Fail("Invalid API key.");
        }

        var key = await credentials.FindApiKeyAsync(storeId, secret, Context.RequestAborted);
        if (key is null)
        {
            return Fail("Invalid API key.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        switch (ApiKey.StatusAt(key.RevokedAt, key.ExpiresAt, now))
        {
            case ApiKeyStatus.Revoked:
                return Fail("This API key has been revoked.");
            case ApiKeyStatus.Expired:
                return Fail("This API key has expired.");
        }

        await usage.RecordAsync(key.Id, key.LastUsedAt, now, Context.RequestAborted);

        var identity = new ClaimsIdentity(
            [
                new Claim(FluxClaims.CallerKind, nameof(CallerKind.ApiKey)),
                new Claim(FluxClaims.ApiKeyId, key.Id.ToString()),
                new Claim(FluxClaims.ApiKeyName, key.Name),
                new Claim(FluxClaims.StoreId, storeId.ToString()),
                new Claim(FluxClaims.Permissions, key.Permissions),
                new Claim(FluxClaims.StoreIsPro, Store.IsProActive(key.Plan, key.ProExpiresAt, now) ? "true" : "false"),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var message = Context.Items[FailureItem] as string ?? "Missing API key: send it in the X-Api-Key header.";
        return ErrorResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized, message);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ErrorResponses.WriteAsync(Context, StatusCodes.Status403Forbidden);

    private AuthenticateResult Fail(string message)
    {
        Context.Items[FailureItem] = message;
        return AuthenticateResult.Fail(message);
    }
}
