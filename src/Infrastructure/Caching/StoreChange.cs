namespace FluxStore.Management.Infrastructure.Caching;

/// <summary>
/// One row per saved change that an in-memory copy may hold (a key, a user's platform-admin flag, a store's plan or
/// currency, or a row of the store read cache), written in the same transaction as the change. Every instance watches
/// the table (<see cref="StoreChangeWatcher"/>) and moves its <see cref="IStoreChangeSignal"/> when it grows.
/// </summary>
public sealed class StoreChange
{
    public long Id { get; set; }

    public DateTime At { get; set; }
}
