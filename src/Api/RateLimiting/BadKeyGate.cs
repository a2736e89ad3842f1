using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace FluxStore.Management.Api.RateLimiting;

/// <summary>
/// What this instance remembers in memory so that a request refused for its address costs no database query:
/// the addresses already over their bad-key allowance (until their window ends), and fingerprints of the keys
/// that recently authenticated (an HMAC under a per-process random key, so the secrets themselves are never
/// held). A throttled address (keyed by surface and address: <c>addr:</c> for the Store API, <c>plugin-addr:</c> for
/// the plugin API) can still use a remembered key; everything else from it is refused unread.
/// </summary>
public sealed class BadKeyGate(TimeProvider clock)
{
    private const int MaxRemembered = 100_000;
    private static readonly TimeSpan KnownKeyLifetime = TimeSpan.FromHours(24);

    private readonly byte[] _fingerprintKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, long> _blockedUntil = new();
    private readonly ConcurrentDictionary<string, long> _knownKeys = new();

    public bool IsBlocked(string address)
    {
        if (!_blockedUntil.TryGetValue(address, out var until))
        {
            return false;
        }

        if (until > clock.GetUtcNow().UtcTicks)
        {
            return true;
        }

        _blockedUntil.TryRemove(new KeyValuePair<string, long>(address, until));
        return false;
    }

    public void Block(string address, DateTimeOffset until)
    {
        Bound(_blockedUntil);
        _blockedUntil[address] = until.UtcTicks;
    }

    public bool IsKnownGood(string? presentedKey) =>
        presentedKey is { Length: > 0 }
        && _knownKeys.TryGetValue(Fingerprint(presentedKey), out var until)
        && until > clock.GetUtcNow().UtcTicks;

    public void RememberGood(string presentedKey)
    {
        Bound(_knownKeys);
        _knownKeys[Fingerprint(presentedKey)] = (clock.GetUtcNow() + KnownKeyLifetime).UtcTicks;
    }

    public void Forget(string? presentedKey)
    {
        if (presentedKey is { Length: > 0 })
        {
            _knownKeys.TryRemove(Fingerprint(presentedKey), out _);
        }
    }

    /// <summary>Forgets every blocked address and remembered key (tests call it between tests).</summary>
    public void Clear()
    {
        _blockedUntil.Clear();
        _knownKeys.Clear();
    }

    private string Fingerprint(string presentedKey) =>
        Convert.ToBase64String(HMACSHA256.HashData(_fingerprintKey, Encoding.UTF8.GetBytes(presentedKey)));

    private void Bound(ConcurrentDictionary<string, long> entries)
    {
        if (entries.Count < MaxRemembered)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcTicks;
        foreach (var (key, until) in entries)
        {
            if (until <= now)
            {
                entries.TryRemove(new KeyValuePair<string, long>(key, until));
            }
        }

        if (entries.Count >= MaxRemembered)
        {
            entries.Clear(); // a flood of distinct entries: forgetting is safe (it only costs lookups)
        }
    }
}
