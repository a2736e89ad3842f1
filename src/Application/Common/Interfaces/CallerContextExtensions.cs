namespace FluxStore.Management.Application.Common.Interfaces;

public static class CallerContextExtensions
{
    /// <summary>The store of the calling API key or game server; throws when there is none.</summary>
    public static Guid RequireStoreId(this ICallerContext caller) =>
        caller.StoreId ?? throw new PermissionDeniedException("This operation needs a store-scoped credential.");

    public static Guid RequireUserId(this ICallerContext caller) =>
        caller.UserId ?? throw new AuthenticationFailedException("Sign in to use this operation.");
}
