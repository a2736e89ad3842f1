namespace FluxStore.Management.Application.Common.Interfaces;

public enum CallerKind
{
    Anonymous,
    User,
    ApiKey,
    GameServer,
}

/// <summary>Who is calling, resolved once per request by the authentication layer.</summary>
public interface ICallerContext
{
    CallerKind Kind { get; }

    Guid? UserId { get; }

    bool IsPlatformAdmin { get; }

    Guid? ApiKeyId { get; }

    Guid? ServerId { get; }

    /// <summary>Store of the API key or game server (dashboard requests carry their store id instead).</summary>
    Guid? StoreId { get; }

    /// <summary>The API key's permissions; empty for other callers.</summary>
    PermissionSet KeyPermissions { get; }

    /// <summary>Whether the API key's store had an active Pro plan when the key was looked up.</summary>
    bool KeyStoreIsPro { get; }
}

public static class CallerContextExtensions
{
    /// <summary>The store of the calling API key or game server; throws when there is none.</summary>
    public static Guid RequireStoreId(this ICallerContext caller) =>
        caller.StoreId ?? throw new PermissionDeniedException("This operation needs a store-scoped credential.");

    public static Guid RequireUserId(this ICallerContext caller) =>
        caller.UserId ?? throw new AuthenticationFailedException("Sign in to use this operation.");
}
