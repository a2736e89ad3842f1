using System.Security.Claims;
using FluxStore.Management.Api.Authentication;
using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Domain.Security;

namespace FluxStore.Management.Api.Services;

/// <summary>
/// Reads the caller from the claims the authentication handlers put on the request, parsed once per principal (the
/// pipeline's behaviours and the handler ask several times per request).
/// </summary>
public sealed class HttpCallerContext(IHttpContextAccessor accessor, IPlatformAdmins platformAdmins) : ICallerContext
{
    private PermissionSet? _permissions;
    private ClaimsPrincipal? _parsedFor;
    private ParsedClaims _parsed = ParsedClaims.Anonymous;

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    private ParsedClaims Claims
    {
        get
        {
            var user = User;
            if (!ReferenceEquals(user, _parsedFor))
            {
                _parsed = user is null ? ParsedClaims.Anonymous : ParsedClaims.Of(user);
                _parsedFor = user;
                _permissions = null;
            }

            return _parsed;
        }
    }

    public CallerKind Kind => Claims.Kind;

    public Guid? UserId => Kind == CallerKind.User ? Claims.Subject : null;

    /// <summary>From the user's row (cached under the store change signal), not from the token's claim.</summary>
    public Task<bool> IsPlatformAdminAsync(CancellationToken cancellationToken) =>
        UserId is { } userId ? platformAdmins.IsPlatformAdminAsync(userId, cancellationToken) : Task.FromResult(false);

    public Guid? ApiKeyId => Claims.ApiKeyId;

    public string? ApiKeyName => Claims.ApiKeyName;

    public Guid? ServerId => Claims.ServerId;

    /// <summary>
    /// The key's or server's store (a claim); for a dashboard user, the <c>{storeId}</c> of a route under
    /// <c>/api/stores</c>, so a Store API request dispatched there works on that store once its membership is checked.
    /// </summary>
    public Guid? StoreId => Kind == CallerKind.User ? RouteStoreId : Claims.StoreId;

    private Guid? RouteStoreId =>
        accessor.HttpContext is { } context
        && ApiSurfaces.Of(context.Request.Path) == ApiSurface.Stores
        && Guid.TryParse(context.GetRouteValue("storeId") as string, out var id)
            ? id
            : null;

    public PermissionSet KeyPermissions
    {
        get
        {
            var claims = Claims;
            return _permissions ??= claims.Kind == CallerKind.ApiKey ? PermissionSet.FromStorage(claims.Permissions) : PermissionSet.Empty;
        }
    }

    public bool KeyStoreIsPro => Claims.StoreIsPro;

    /// <summary>The claims this context reads, from one pass over the principal's (first value of each type).</summary>
    private sealed record ParsedClaims(
        CallerKind Kind, Guid? Subject, Guid? ApiKeyId, Guid? ServerId, Guid? StoreId, string? Permissions, bool StoreIsPro, string? ApiKeyName = null)
    {
        public static readonly ParsedClaims Anonymous = new(CallerKind.Anonymous, null, null, null, null, null, false);

        public static ParsedClaims Of(ClaimsPrincipal user)
        {
            string? kind = null, subject = null, apiKey = null, keyName = null, server = null, store = null, permissions = null, pro = null;
            foreach (var claim in user.Claims)
            {
                switch (claim.Type)
                {
                    case FluxClaims.CallerKind: kind ??= claim.Value; break;
                    case FluxClaims.Subject: subject ??= claim.Value; break;
                    case FluxClaims.ApiKeyId: apiKey ??= claim.Value; break;
                    case FluxClaims.ApiKeyName: keyName ??= claim.Value; break;
                    case FluxClaims.ServerId: server ??= claim.Value; break;
                    case FluxClaims.StoreId: store ??= claim.Value; break;
                    case FluxClaims.Permissions: permissions ??= claim.Value; break;
                    case FluxClaims.StoreIsPro: pro ??= claim.Value; break;
                }
            }

            return new(
                Enum.TryParse<CallerKind>(kind, out var parsed) ? parsed : CallerKind.Anonymous,
                GuidOf(subject), GuidOf(apiKey), GuidOf(server), GuidOf(store), permissions, pro == "true", keyName);
        }

        private static Guid? GuidOf(string? value) => Guid.TryParse(value, out var id) ? id : null;
    }
}
