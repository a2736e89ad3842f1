using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FluxStore.Management.Application.Common.Interfaces;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace FluxStore.Management.Infrastructure.Security;

/// <summary>
/// List cursors: the payload and an HMAC-SHA256 over it (128 bits kept), base64url. The HMAC key is derived (HKDF, a
/// purpose of its own) from the master key of a Data Protection key of the application's key ring, whose id the token
/// carries, so every instance sharing the ring verifies every other's cursors, and a cursor lives as long as its key
/// stays in the ring. The payload already names the store, checked by the caller (<c>Keyset</c>), so a cursor can be
/// neither altered nor forged, nor used for another store. About a microsecond per cursor, where Data Protection's
/// encryption (a key derivation, AES-CBC and an HMAC per token) cost several. Tokens of the earlier form (Data
/// Protection, <c>CfDJ8…</c>) are still read, and when no key's master key can be read (a custom encryptor) cursors
/// are made that way too.
/// </summary>
public sealed class ListCursorProtector(IDataProtectionProvider provider, IKeyManager keyManager) : IListCursorProtector
{
    public const string Purpose = "FluxStore.Lists.Cursor.v1";

    private const byte Version = 2;
    private const int KeyIdLength = 16;
    private const int MacLength = 16;
    private static readonly byte[] Info = Encoding.UTF8.GetBytes("FluxStore.Lists.Cursor.v2");
    private static readonly TimeSpan ReloadAfter = TimeSpan.FromMinutes(10);

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);
    private readonly ConcurrentDictionary<Guid, byte[]?> _macKeys = new();
    private (Guid Id, byte[] MacKey)? _current;
    private DateTimeOffset _currentUntil;
    private DateTimeOffset _lastReload;

    public string Protect(string payload)
    {
        if (Current() is not { } current)
        {
            return _protector.Protect(payload);
        }

        var length = Encoding.UTF8.GetByteCount(payload);
        var token = new byte[1 + KeyIdLength + length + MacLength];
        token[0] = Version;
        current.Id.TryWriteBytes(token.AsSpan(1, KeyIdLength));
        Encoding.UTF8.GetBytes(payload, token.AsSpan(1 + KeyIdLength, length));
        Mac(current.MacKey, token.AsSpan(0, token.Length - MacLength), token.AsSpan(token.Length - MacLength));
        return Base64Url.EncodeToString(token);
    }

    public string? TryUnprotect(string token)
    {
        if (token.StartsWith("CfDJ8", StringComparison.Ordinal))
        {
            try
            {
                return _protector.Unprotect(token);
            }
            catch (Exception ex) when (ex is CryptographicException or FormatException)
            {
                return null;
            }
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return null;
        }

        if (bytes.Length < 1 + KeyIdLength + MacLength || bytes[0] != Version
            || MacKeyOf(new Guid(bytes.AsSpan(1, KeyIdLength))) is not { } macKey)
        {
            return null;
        }

        Span<byte> expected = stackalloc byte[MacLength];
        Mac(macKey, bytes.AsSpan(0, bytes.Length - MacLength), expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(bytes.Length - MacLength)))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 1 + KeyIdLength, bytes.Length - 1 - KeyIdLength - MacLength);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void Mac(byte[] key, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<byte> full = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, data, full);
        full[..MacLength].CopyTo(destination);
    }

    /// <summary>The newest active key of the ring, looked up again every 10 minutes (the ring rotates over months).</summary>
    private (Guid Id, byte[] MacKey)? Current()
    {
        var now = DateTimeOffset.UtcNow; // the ring's own time, not the application clock
        if (_current is { } cached && now < _currentUntil)
        {
            return cached;
        }

        var key = keyManager.GetAllKeys()
            .Where(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now)
            .OrderByDescending(k => k.ActivationDate)
            .FirstOrDefault();
        _current = key is not null && MacKeyOf(key) is { } macKey ? (key.KeyId, macKey) : null;
        _currentUntil = now + ReloadAfter;
        return _current;
    }

    /// <summary>The HMAC key of a ring key by id; an unknown id reloads the ring at most once a minute (another instance may have made a key).</summary>
    private byte[]? MacKeyOf(Guid keyId)
    {
        if (_macKeys.TryGetValue(keyId, out var known))
        {
            return known;
        }

        var now = DateTimeOffset.UtcNow; // the ring's own time, not the application clock
        if (now - _lastReload < TimeSpan.FromMinutes(1))
        {
            return null;
        }

        _lastReload = now;
        var key = keyManager.GetAllKeys().FirstOrDefault(k => k.KeyId == keyId && !k.IsRevoked);
        return key is null ? null : MacKeyOf(key);
    }

    private byte[]? MacKeyOf(IKey key) => _macKeys.GetOrAdd(key.KeyId, _ =>
    {
        // The descriptor's XML holds the master key in the clear (it is encrypted only when the ring is written).
        var masterKey = key.Descriptor.ExportToXml().SerializedDescriptorElement
            .Descendants().FirstOrDefault(e => e.Name.LocalName == "masterKey")?
            .Elements().FirstOrDefault(e => e.Name.LocalName == "value")?.Value;
        return masterKey is null ? null : HKDF.DeriveKey(HashAlgorithmName.SHA256, Convert.FromBase64String(masterKey), 32, key.KeyId.ToByteArray(), Info);
    });
}
