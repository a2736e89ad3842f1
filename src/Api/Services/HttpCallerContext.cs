using System.Security.Claims;
using FluxStore.Management.Api.Authentication;
using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Domain.Security;

namespace FluxStore.Management.Api.Services;

/// <summary>Reads the caller from the claims the authentication handlers put on the request.</summary>
public sealed class HttpCallerContext(IHttpContextAccessor accessor, IPlatformAdmins platformAdmins) : ICallerContext
{
    private PermissionSet? _permissions;

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public CallerKind Kind =>
        Enum.TryParse<CallerKind>(User?.FindFirstValue(FluxClaims.CallerKind), out var kind) ? kind : CallerKind.Anonymous;

    public Guid? UserId => Kind == CallerKind.User ? GuidClaim(FluxClaims.Subject) : null;

    /// <summary>From the user's row (cached under the store change signal), not from the token's claim.</summary>
    public Task<bool> IsPlatformAdminAsync(CancellationToken cancellationToken) =>
        UserId is { } userId ? platformAdmins.IsPlatformAdminAsync(userId, cancellationToken) : Task.FromResult(false);

    public Guid? ApiKeyId => GuidClaim(FluxClaims.ApiKeyId);

    public Guid? ServerId => GuidClaim(FluxClaims.ServerId);

    /// <summary>
    /// The key's or server's store (a claim); for a dashboard user, the <c>{storeId}</c> of a route under
    /// <c>/api/stores</c>, so a Store API request dispatched there works on that store once its membership is checked.
    /// </summary>
    public Guid? StoreId => Kind == CallerKind.User ? RouteStoreId : GuidClaim(FluxClaims.StoreId);

    private Guid? RouteStoreId =>
        accessor.HttpContext is { } context
        && ApiSurfaces.Of(context.Request.Path) == ApiSurface.Stores
        && Guid.TryParse(context.GetRouteValue("storeId") as string, out var id)
            ? id
            : null;

    public PermissionSet KeyPermissions =>
        _permissions ??= Kind == CallerKind.ApiKey
            ? PermissionSet.FromStorage(User?.FindFirstValue(FluxClaims.Permissions))
            : PermissionSet.Empty;

    public bool KeyStoreIsPro => User?.FindFirstValue(FluxClaims.StoreIsPro) == "true";

    private Guid? GuidClaim(string type) =>
        Guid.TryParse(User?.FindFirstValue(type), out var id) ? id : null;
}
