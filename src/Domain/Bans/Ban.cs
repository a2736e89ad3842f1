using System.Net.Sockets;
using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Players;

namespace FluxStore.Management.Domain.Bans;

/// <summary>
/// Bars a player from the store by username (ignoring case), Minecraft UUID and/or IP address: a purchase
/// matching ANY identifier the ban names is refused. <see cref="ExpiresAt"/> null means permanent.
/// </summary>
public sealed class Ban : Entity, IStoreOwned
{
    public const int UsernameMaxLength = PlayerIdentity.UsernameMaxLength;
    public const int UuidLength = PlayerIdentity.UuidLength;
    public const int IpAddressMaxLength = 45;
    public const int ReasonMaxLength = 500;

    private Ban()
    {
    }

    public Ban(Guid storeId, DateTime now)
    {
        StoreId = storeId;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid StoreId { get; private set; }

    public string? PlayerUsername { get; private set; }

    /// <summary>Upper-case invariant form of <see cref="PlayerUsername"/>.</summary>
    public string? NormalizedUsername { get; private set; }

    /// <summary>Canonical lower-case, dashed ('D') form.</summary>
    public string? PlayerUuid { get; private set; }

    /// <summary>Canonical text of the parsed address.</summary>
    public string? IpAddress { get; private set; }

    public string? Reason { get; set; }

    public DateTime? ExpiresAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public void Touch(DateTime now) => UpdatedAt = now;

    /// <summary>Sets the identifiers (already validated); at least one is required.</summary>
    public void SetTarget(string? username, string? uuid, string? ipAddress)
    {
        var name = string.IsNullOrWhiteSpace(username) ? null : username.Trim();
        if (name is not null && !PlayerIdentity.IsValidUsername(name))
        {
            throw new DomainRuleException($"playerUsername: {PlayerIdentity.UsernameRuleText}.");
        }

        string? canonicalUuid = null;
        if (!string.IsNullOrWhiteSpace(uuid) && !PlayerIdentity.TryNormalizeUuid(uuid, out canonicalUuid))
        {
            throw new DomainRuleException("playerUuid: not a valid UUID.");
        }

        string? canonicalIp = null;
        if (!string.IsNullOrWhiteSpace(ipAddress) && !TryNormalizeIp(ipAddress, out canonicalIp))
        {
            throw new DomainRuleException("ipAddress: not a valid IPv4 or IPv6 address.");
        }

        if (name is null && canonicalUuid is null && canonicalIp is null)
        {
            throw new DomainRuleException("A ban needs at least one of playerUsername, playerUuid or ipAddress.");
        }

        PlayerUsername = name;
        NormalizedUsername = name is null ? null : PlayerIdentity.NormalizeUsername(name);
        PlayerUuid = canonicalUuid;
        IpAddress = canonicalIp;
    }

    /// <summary>Null means permanent; otherwise it must lie after <paramref name="now"/>.</summary>
    public void SetExpiry(DateTime? expiresAt, DateTime now)
    {
        if (expiresAt is { } at && at <= now)
        {
            throw new DomainRuleException("expiresAt: must be in the future (or null for a permanent ban).");
        }

        ExpiresAt = expiresAt;
    }

    public static BanStatus StatusOf(DateTime? expiresAt, DateTime now) =>
        expiresAt is { } at && at <= now ? BanStatus.Expired : BanStatus.Active;

    public BanStatus StatusAt(DateTime now) => StatusOf(ExpiresAt, now);

    public bool IsActiveAt(DateTime now) => StatusAt(now) == BanStatus.Active;

    /// <summary>A dotted-quad IPv4 or an IPv6 address (no zone id), in its canonical text.</summary>
    public static bool TryNormalizeIp(string? text, out string? canonical)
    {
        canonical = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > IpAddressMaxLength || trimmed.Contains('%')
            || !System.Net.IPAddress.TryParse(trimmed, out var address))
        {
            return false;
        }

        // IPAddress.TryParse also takes short forms such as "10.1" or "1"; only dotted quads are IPv4 here.
        if (address.AddressFamily == AddressFamily.InterNetwork && trimmed.Count(c => c == '.') != 3)
        {
            return false;
        }

        canonical = address.ToString();
        return true;
    }
}
