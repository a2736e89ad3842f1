using System.Diagnostics;

namespace FluxStore.Management.Infrastructure.Caching;

/// <summary>The one <see cref="IStoreChangeSignal"/> of this instance, moved by the interceptor and the watcher.</summary>
public sealed class StoreChangeSignal : IStoreChangeSignal
{
    /// <summary>Within 2 s of a change on another instance: one poll (≤ 500 ms) plus this.</summary>
    public static readonly TimeSpan FreshFor = TimeSpan.FromMilliseconds(1500);

    private long _generation;
    private long _watchedAt = long.MinValue;

    public event Action? Changed;

    public long Generation => Interlocked.Read(ref _generation);

    public bool IsWatched
    {
        get
        {
            var watchedAt = Interlocked.Read(ref _watchedAt);
            return watchedAt != long.MinValue && Stopwatch.GetElapsedTime(watchedAt) < FreshFor;
        }
    }

    /// <summary>A change committed (here, or seen from another instance): nothing kept so far may be served.</summary>
    public void Raise()
    {
        Interlocked.Increment(ref _generation);
        Changed?.Invoke();
    }

    /// <summary>The watcher looked at the change table, starting at <paramref name="startedAt"/> (a Stopwatch timestamp), and applied what it saw.</summary>
    internal void Watched(long startedAt) => Interlocked.Exchange(ref _watchedAt, startedAt);

    /// <summary>The watcher lost the database: the caches are bypassed until it looks again.</summary>
    internal void Unwatched() => Interlocked.Exchange(ref _watchedAt, long.MinValue);
}
