using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Security;

namespace FluxStore.Management.Domain.ApiKeys;

/// <summary>
/// A scoped Store API key. Only a hash of the secret is kept; permissions never change after creation.
/// </summary>
public sealed class ApiKey : Entity, IStoreOwned
{
    public const int NameMaxLength = 100;
    public const string Prefix = "flx_";
    public const int SecretLength = 32;
    public const int HintLength = 4;

    private ApiKey()
    {
    }

    public ApiKey(Guid storeId, string name, PermissionSet permissions, DateTime? expiresAt, byte[] secretHash, string hint, DateTime now)
    {
        if (permissions.IsEmpty)
        {
            throw new DomainRuleException("An API key needs at least one permission.");
        }

        StoreId = storeId;
        Name = name.Trim();
        Permissions = permissions.ToStorage();
        ExpiresAt = expiresAt;
        SecretHash = secretHash;
        KeyHint = hint;
        CreatedAt = now;
    }

    public Guid StoreId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Permissions { get; private set; } = string.Empty;

    /// <summary>SHA-256 of the secret part of the key.</summary>
    public byte[] SecretHash { get; private set; } = [];

    /// <summary>The last characters of the secret, so owners can tell keys apart.</summary>
    public string KeyHint { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    public DateTime? ExpiresAt { get; private set; }

    public DateTime? LastUsedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public static ApiKeyStatus StatusAt(DateTime? revokedAt, DateTime? expiresAt, DateTime now) =>
        revokedAt is not null ? ApiKeyStatus.Revoked
        : expiresAt is not null && expiresAt <= now ? ApiKeyStatus.Expired
        : ApiKeyStatus.Active;

    public ApiKeyStatus Status(DateTime now) => StatusAt(RevokedAt, ExpiresAt, now);

    public void Revoke(DateTime now) => RevokedAt ??= now;

    /// <summary>Replaces the secret; the old key stops working at once, permissions stay.</summary>
    public void Regenerate(byte[] secretHash, string hint)
    {
        if (RevokedAt is not null)
        {
            throw new DomainRuleException("A revoked key cannot be regenerated; create a new key instead.");
        }

        SecretHash = secretHash;
        KeyHint = hint;
    }

    public static string Format(Guid storeId, string secret) => $"{Prefix}{storeId:N}_{secret}";

    /// <summary>Splits <c>flx_{storeId:N}_{secret}</c>; false for anything else.</summary>
    public static bool TryParse(string? key, out Guid storeId, out string secret)
    {
        storeId = Guid.Empty;
        secret = string.Empty;
        const int storeIdLength = 32;
        if (key is null
            || key.Length != Prefix.Length + storeIdLength + 1 + SecretLength
            || !key.StartsWith(Prefix, StringComparison.Ordinal)
            || key[Prefix.Length + storeIdLength] != '_')
        {
            return false;
        }

        if (!Guid.TryParseExact(key.AsSpan(Prefix.Length, storeIdLength), "N", out storeId))
        {
            return false;
        }

        secret = key[(Prefix.Length + storeIdLength + 1)..];
        foreach (var c in secret)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
