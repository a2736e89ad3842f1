namespace FluxStore.Management.Application.Plugin;

internal static class PluginCaller
{
    public static (Guid StoreId, Guid ServerId) Require(ICallerContext caller) =>
        caller.ServerId is { } serverId && caller.StoreId is { } storeId
            ? (storeId, serverId)
            : throw new AuthenticationFailedException("A server key is required.");
}
