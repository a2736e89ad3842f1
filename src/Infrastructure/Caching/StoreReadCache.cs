using FluxStore.Management.Application.Common.Telemetry;
using System.Collections.Concurrent;
using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Infrastructure.Authentication;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Caching;

/// <summary>
/// <see cref="IStoreReadCache"/> on the <see cref="IStoreChangeSignal"/>: <c>ApplicationDbContext</c> writes a
/// <see cref="StoreChange"/> in the same save whenever a cached row (category, package and its commands and servers,
/// sale and its scope, game server, webhook endpoint, a store's currency) is added, changed or deleted. An entry is
/// served only while its generation is the current one and the signal is watched (and <c>FluxStore:CredentialCache:Enabled</c>);
/// a load stores its result under the generation taken before it read, so a load that raced a change is never served.
/// </summary>
public sealed class StoreReadCache : IStoreReadCache
{
    private readonly ConcurrentDictionary<(Guid StoreId, Type Type), Entry> _entries = new();
    private readonly IStoreChangeSignal _signal;
    private readonly int _maxEntries;
    private readonly bool _enabled;

    public StoreReadCache(IStoreChangeSignal signal, IOptions<CredentialCacheOptions> options)
    {
        _signal = signal;
        _maxEntries = options.Value.MaxEntries;
        _enabled = options.Value.Enabled;
        signal.Changed += Clear;
    }

    private bool IsUsable => _enabled && _signal.IsWatched;

    /// <summary>Forgets every entry (on every change; tests also call it between tests).</summary>
    public void Clear() => _entries.Clear();

    public Task<T> GetOrLoadAsync<T>(Guid storeId, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
        where T : class
    {
        var key = (storeId, typeof(T));
        var generation = _signal.Generation;
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.Generation == generation && IsUsable)
            {
                FluxStoreTelemetry.CacheLookup(CacheName<T>.Value, hit: true);
                return (Task<T>)entry.Value; // the completed task itself: a hit allocates nothing
            }

            if (entry.Generation != generation)
            {
                _entries.TryRemove(new KeyValuePair<(Guid, Type), Entry>(key, entry)); // stale for good
            }
        }

        FluxStoreTelemetry.CacheLookup(CacheName<T>.Value, hit: false);
        return LoadAsync(key, generation, load, cancellationToken);
    }

    /// <summary>The <c>cache</c> label: <c>store.</c> and the cached type's name (one per kind of store data).</summary>
    private static class CacheName<T>
    {
        public static readonly string Value = "store." + typeof(T).Name;
    }

    private async Task<T> LoadAsync<T>((Guid, Type) key, long generation, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var value = await load(cancellationToken);
        if (IsUsable && _signal.Generation == generation)
        {
            if (_entries.Count >= _maxEntries)
            {
                _entries.Clear();
            }

            _entries[key] = new Entry(Task.FromResult(value), generation);
        }

        return value;
    }

    /// <summary><see cref="Value"/> is the completed <c>Task&lt;T&gt;</c> of the cached value.</summary>
    private sealed record Entry(Task Value, long Generation);
}
