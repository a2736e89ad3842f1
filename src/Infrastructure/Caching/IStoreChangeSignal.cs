namespace FluxStore.Management.Infrastructure.Caching;

/// <summary>
/// "Something an in-memory copy holds has changed": moved when a save that wrote a <see cref="StoreChange"/> commits
/// on this instance (<see cref="StoreChangeInterceptor"/>) and within one poll when one commits on another instance
/// (<see cref="StoreChangeWatcher"/>). The key cache, the store read cache and the key directories follow it.
/// </summary>
public interface IStoreChangeSignal
{
    /// <summary>Moves on every change; take it before a database read whose result may be kept.</summary>
    long Generation { get; }

    /// <summary>
    /// The watcher's last successful look started less than <see cref="StoreChangeSignal.FreshFor"/> ago: a change
    /// saved by any instance up to 2 s ago has moved <see cref="Generation"/> here.
    /// </summary>
    bool IsWatched { get; }

    /// <summary>Raised after <see cref="Generation"/> moved: whatever a subscriber holds may be stale.</summary>
    event Action? Changed;
}
