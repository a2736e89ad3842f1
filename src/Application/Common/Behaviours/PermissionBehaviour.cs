using System.Collections.Concurrent;
using System.Reflection;

namespace FluxStore.Management.Application.Common.Behaviours;

/// <summary>
/// First in the pipeline: checks the request's declared scope against the caller (API key permissions,
/// store membership, platform role or server identity). A request that declares nothing is refused.
/// </summary>
public sealed class PermissionBehaviour<TRequest, TResponse>(ICallerContext caller, IApplicationDbContext db)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, RequestScope> Scopes = new();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var scope = Scopes.GetOrAdd(typeof(TRequest), RequestScope.Of);
        switch (scope.Kind)
        {
            case ScopeKind.Anonymous:
                break;
            case ScopeKind.SignedInUser:
                caller.RequireUserId();
                break;
            case ScopeKind.PlatformAdmin:
                caller.RequireUserId();
                if (!await caller.IsPlatformAdminAsync(cancellationToken))
                {
                    throw new PermissionDeniedException("This operation is reserved for platform operators.");
                }

                break;
            case ScopeKind.GameServer:
                if (caller.Kind != CallerKind.GameServer)
                {
                    throw new AuthenticationFailedException("A server key is required.");
                }

                break;
            case ScopeKind.Permission:
                await CheckPermissionAsync(request, scope.Permissions, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"{typeof(TRequest).Name} declares no permission scope.");
        }

        return await next();
    }

    /// <summary>The caller must hold one of <paramref name="permissions"/> (one, for <see cref="RequirePermissionAttribute"/>).</summary>
    private async Task CheckPermissionAsync(TRequest request, IReadOnlyList<Permission> permissions, CancellationToken cancellationToken)
    {
        string Named() => string.Join(" or ", permissions); // only when refusing: no allocation on the way through
        if (caller.Kind == CallerKind.ApiKey)
        {
            if (!permissions.Any(p => p.Area != PermissionArea.Stores && caller.KeyPermissions.Contains(p)))
            {
                throw new PermissionDeniedException($"This API key lacks the {Named()} permission.");
            }

            return;
        }

        // A dashboard user: the store the request names, or (a Store API request sent on the dashboard surface,
        // /api/stores/{storeId}/...) the store of the route, which is also the one its handler works on.
        var storeId = (request as IStoreRequest)?.StoreId ?? caller.StoreId;
        if (caller.Kind != CallerKind.User || storeId is not { } scopedStoreId)
        {
            throw new PermissionDeniedException($"The {Named()} permission is required.");
        }

        var userId = caller.RequireUserId();
        var membership = await db.StoreMembers
            .AsNoTracking()
            .Where(m => m.StoreId == scopedStoreId && m.UserId == userId)
            .Select(m => new { m.IsOwner, m.Permissions })
            .FirstOrDefaultAsync(cancellationToken);

        // Not a member: the store does not exist as far as this user can tell.
        if (membership is null)
        {
            throw new NotFoundException("Store");
        }

        if (!permissions.Any(p => Domain.Stores.StoreMember.Grants(membership.IsOwner, membership.Permissions, p)))
        {
            throw new PermissionDeniedException($"You need the {Named()} permission on this store.");
        }
    }

    private enum ScopeKind
    {
        None,
        Anonymous,
        SignedInUser,
        PlatformAdmin,
        GameServer,
        Permission,
    }

    private sealed record RequestScope(ScopeKind Kind, IReadOnlyList<Permission> Permissions)
    {
        public static RequestScope Of(Type type)
        {
            if (type.GetCustomAttribute<RequirePermissionAttribute>() is { } permission)
            {
                return new RequestScope(ScopeKind.Permission, [permission.Permission]);
            }

            if (type.GetCustomAttribute<RequireAnyPermissionAttribute>() is { } any)
            {
                return new RequestScope(ScopeKind.Permission, any.Permissions);
            }

            var kind = type.IsDefined(typeof(RequirePlatformAdminAttribute)) ? ScopeKind.PlatformAdmin
                : type.IsDefined(typeof(RequireSignedInUserAttribute)) ? ScopeKind.SignedInUser
                : type.IsDefined(typeof(RequireGameServerAttribute)) ? ScopeKind.GameServer
                : type.IsDefined(typeof(AllowAnonymousRequestAttribute)) ? ScopeKind.Anonymous
                : ScopeKind.None;
            return new RequestScope(kind, []);
        }
    }
}
