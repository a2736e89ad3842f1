namespace FluxStore.Management.Application.Common.Interfaces;

/// <summary>Who is calling, resolved once per request by the authentication layer.</summary>
public interface ICallerContext
{
    CallerKind Kind { get; }

    Guid? UserId { get; }

    /// <summary>Whether the calling user is a platform admin now: read from their stored row, never from the token.</summary>
    Task<bool> IsPlatformAdminAsync(CancellationToken cancellationToken);

    Guid? ApiKeyId { get; }

    /// <summary>The API key's name as authenticated (null when not known, e.g. other callers).</summary>
    string? ApiKeyName => null;

    Guid? ServerId { get; }

    /// <summary>
    /// Store of the API key or game server; for a dashboard user, the store named by the route
    /// (<c>/api/stores/{storeId}/...</c>), whose membership <c>PermissionBehaviour</c> checks before any handler runs.
    /// </summary>
    Guid? StoreId { get; }

    /// <summary>The API key's permissions; empty for other callers.</summary>
    PermissionSet KeyPermissions { get; }

    /// <summary>Whether the API key's store had an active Pro plan when the key was looked up.</summary>
    bool KeyStoreIsPro { get; }
}
