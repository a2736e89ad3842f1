using System.Text.RegularExpressions;
using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Customers;

/// <summary>
/// A player who bought from the store, derived from orders. Totals are kept on the row (updated atomically
/// by each order) so reading customers never scans orders.
/// </summary>
public sealed partial class Customer : Entity, IStoreOwned
{
    public const int UsernameMaxLength = 32;
    public const int UuidLength = 36;
    public const int IdentityKeyMaxLength = 50;

    private Customer()
    {
    }

    public Customer(Guid storeId, string username, string? uuid, DateTime now)
    {
        StoreId = storeId;
        PlayerUsername = username;
        NormalizedUsername = NormalizeUsername(username);
        PlayerUuid = uuid;
        IdentityKey = IdentityKeyOf(username, uuid);
        FirstSeenAt = now;
        LastPurchaseAt = now;
    }

    public Guid StoreId { get; private set; }

    /// <summary>The name the player last bought under.</summary>
    public string PlayerUsername { get; private set; } = string.Empty;

    public string NormalizedUsername { get; private set; } = string.Empty;

    /// <summary>Canonical lower-case dashed UUID, when known.</summary>
    public string? PlayerUuid { get; private set; }

    /// <summary>
    /// Unique per store: the UUID when known, else the normalized username. Two concurrent first orders of the
    /// same new player collide here, so only one customer row is ever created for them.
    /// </summary>
    public string IdentityKey { get; private set; } = string.Empty;

    public long TotalSpentCents { get; private set; }

    public int OrderCount { get; private set; }

    public DateTime FirstSeenAt { get; private set; }

    public DateTime LastPurchaseAt { get; private set; }

    public static string NormalizeUsername(string username) => username.Trim().ToUpperInvariant();

    public static string IdentityKeyOf(string username, string? uuid) =>
        uuid is not null ? "uuid:" + uuid : "name:" + NormalizeUsername(username);

    /// <summary>Minecraft-style player names: 1–32 letters, digits, underscores, dots or dashes.</summary>
    public static bool IsValidUsername(string? username) =>
        username is { Length: >= 1 and <= UsernameMaxLength } && UsernamePattern().IsMatch(username);

    /// <summary>Accepts a dashed or undashed UUID; returns the canonical lower-case dashed form.</summary>
    public static bool TryNormalizeUuid(string? text, out string? uuid)
    {
        uuid = null;
        if (text is null)
        {
            return true;
        }

        var trimmed = text.Trim();
        if ((trimmed.Length == 32 && Guid.TryParseExact(trimmed, "N", out var guid))
            || (trimmed.Length == 36 && Guid.TryParseExact(trimmed, "D", out guid)))
        {
            uuid = guid.ToString("D");
            return true;
        }

        return false;
    }

    /// <summary>A brand-new customer's first order (later orders update the row with one atomic UPDATE).</summary>
    public void RecordFirstOrder(long totalCents, DateTime now)
    {
        TotalSpentCents = totalCents;
        OrderCount = 1;
        FirstSeenAt = now;
        LastPurchaseAt = now;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex UsernamePattern();
}
