using FluxStore.Management.Application.Common.Telemetry;
using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>
/// Authenticated API keys with their store's plan, and users' platform-admin flags, so a request need not read them again. It keeps every promise of
/// the uncached read (docs/decisions/0019-credential-cache.md):
/// <list type="bullet">
/// <item>an entry holds stored values only; expiry of the key and of the Pro plan is judged per request from them;</item>
/// <item>a change saved by this instance empties the cache when it commits (<see cref="CredentialChangeInterceptor"/>);</item>
/// <item>a change saved by another instance is seen by <see cref="CredentialChangeWatcher"/> within one poll, and the
/// cache is used only while the watcher's last successful look started less than <see cref="FreshFor"/> ago, so a stalled
/// or disconnected watcher means reading from the database, never a stale answer;</item>
/// <item>an entry read from the database is stored with the generation seen before the read, so a read that raced an
/// invalidation is never served.</item>
/// </list>
/// </summary>
public sealed class CredentialCache(IOptions<CredentialCacheOptions> options)
{
    /// <summary>Within 2 s of a change on another instance: one poll (≤ 500 ms) plus this.</summary>
    public static readonly TimeSpan FreshFor = TimeSpan.FromMilliseconds(1500);

    private readonly ConcurrentDictionary<Key, Entry> _entries = new();
    private readonly ConcurrentDictionary<Guid, AdminEntry> _admins = new();
    private readonly int _maxEntries = options.Value.MaxEntries;
    private readonly bool _enabled = options.Value.Enabled;
    private long _generation;
    private long _watchedAt = long.MinValue;

    /// <summary>Changes whenever the cache is emptied; taken before a database read that may be cached.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool IsUsable => _enabled && IsWatched;

    /// <summary>
    /// The watcher's last successful look started less than <see cref="FreshFor"/> ago: a change saved by any instance
    /// up to 2 s ago has moved <see cref="Generation"/> here (whether or not the key cache itself is enabled).
    /// </summary>
    public bool IsWatched
    {
        get
        {
            var watchedAt = Interlocked.Read(ref _watchedAt);
            return watchedAt != long.MinValue && Stopwatch.GetElapsedTime(watchedAt) < FreshFor;
        }
    }

    public bool TryGet(Guid storeId, byte[] secretHash, out ApiKeyCredential credential)
    {
        if (IsUsable && _entries.TryGetValue(new Key(storeId, secretHash), out var entry) && entry.Generation == Generation)
        {
            FluxStoreTelemetry.CacheLookup("api_key", hit: true);
            credential = entry.Credential;
            return true;
        }

        FluxStoreTelemetry.CacheLookup("api_key", hit: false);
        credential = null!;
        return false;
    }

    /// <summary>Stores a credential read from the database after <paramref name="generation"/> was taken.</summary>
    public void Add(byte[] secretHash, ApiKeyCredential credential, long generation)
    {
        if (!_enabled || generation != Generation)
        {
            return;
        }

        if (_entries.Count >= _maxEntries)
        {
            _entries.Clear();
        }

        _entries[new Key(credential.StoreId, secretHash)] = new Entry(credential, generation);
    }

    /// <summary>A user's platform-admin flag as last read from their row (false for a user that does not exist).</summary>
    public bool TryGetPlatformAdmin(Guid userId, out bool isPlatformAdmin)
    {
        if (IsUsable && _admins.TryGetValue(userId, out var entry) && entry.Generation == Generation)
        {
            FluxStoreTelemetry.CacheLookup("platform_admin", hit: true);
            isPlatformAdmin = entry.IsPlatformAdmin;
            return true;
        }

        FluxStoreTelemetry.CacheLookup("platform_admin", hit: false);
        isPlatformAdmin = false;
        return false;
    }

    /// <summary>Stores a platform-admin flag read from the database after <paramref name="generation"/> was taken.</summary>
    public void AddPlatformAdmin(Guid userId, bool isPlatformAdmin, long generation)
    {
        if (!_enabled || generation != Generation)
        {
            return;
        }

        if (_admins.Count >= _maxEntries)
        {
            _admins.Clear();
        }

        _admins[userId] = new AdminEntry(isPlatformAdmin, generation);
    }

    /// <summary>Something that authentication reads has changed: nothing cached so far may be served.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
        _admins.Clear();
    }

    /// <summary>The watcher looked at the change table, starting at <paramref name="startedAt"/> (a Stopwatch timestamp), and applied what it saw.</summary>
    internal void Watched(long startedAt) => Interlocked.Exchange(ref _watchedAt, startedAt);

    /// <summary>The watcher lost the database: the cache is bypassed until it looks again.</summary>
    internal void Unwatched() => Interlocked.Exchange(ref _watchedAt, long.MinValue);

    private readonly record struct Entry(ApiKeyCredential Credential, long Generation);

    private readonly record struct AdminEntry(bool IsPlatformAdmin, long Generation);

    /// <summary>Store id and the secret's SHA-256 (never the secret itself).</summary>
    private readonly struct Key(Guid storeId, byte[] hash) : IEquatable<Key>
    {
        private readonly Guid _storeId = storeId;
        private readonly UInt128 _high = BitConverter.ToUInt128(hash, 0);
        private readonly UInt128 _low = BitConverter.ToUInt128(hash, 16);

        public bool Equals(Key other) => _storeId == other._storeId && _high == other._high && _low == other._low;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(_storeId, _high, _low);
    }
}
