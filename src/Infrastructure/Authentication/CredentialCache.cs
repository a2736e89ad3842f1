using FluxStore.Management.Application.Common.Telemetry;
using System.Collections.Concurrent;
using FluxStore.Management.Infrastructure.Caching;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>
/// Authenticated API keys with their store's plan, and users' platform-admin flags, so a request need not read them again. It keeps every promise of
/// the uncached read (docs/decisions/0019-credential-cache.md):
/// <list type="bullet">
/// <item>an entry holds stored values only; expiry of the key and of the Pro plan is judged per request from them;</item>
/// <item>it follows the <see cref="IStoreChangeSignal"/>: a change saved by this instance empties it when it commits, one
/// saved by another instance within one poll, and it is used only while the signal is watched, so a stalled or
/// disconnected watcher means reading from the database, never a stale answer;</item>
/// <item>an entry read from the database is stored with the generation seen before the read, so a read that raced an
/// invalidation is never served.</item>
/// </list>
/// </summary>
public sealed class CredentialCache
{
    private readonly ConcurrentDictionary<Key, Entry> _entries = new();
    private readonly ConcurrentDictionary<Guid, AdminEntry> _admins = new();
    private readonly IStoreChangeSignal _signal;
    private readonly int _maxEntries;
    private readonly bool _enabled;

    public CredentialCache(IOptions<CredentialCacheOptions> options, IStoreChangeSignal signal)
    {
        _signal = signal;
        _maxEntries = options.Value.MaxEntries;
        _enabled = options.Value.Enabled;
        signal.Changed += Clear;
    }

    /// <summary>The signal's generation: taken before a database read that may be cached.</summary>
    public long Generation => _signal.Generation;

    public bool IsUsable => _enabled && _signal.IsWatched;

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

    /// <summary>Forgets every entry (on every change; tests also call it between tests).</summary>
    public void Clear()
    {
        _entries.Clear();
        _admins.Clear();
    }

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
