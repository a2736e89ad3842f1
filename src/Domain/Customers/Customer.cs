using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Players;

namespace FluxStore.Management.Domain.Customers;

/// <summary>
/// A player who bought from the store, derived from orders. Totals are kept on the row (updated atomically
/// by each order) so reading customers never scans orders.
/// </summary>
public sealed class Customer : Entity, IStoreOwned
{
    public const int UsernameMaxLength = PlayerIdentity.UsernameMaxLength;
    public const int UuidLength = PlayerIdentity.UuidLength;
    public const int IdentityKeyMaxLength = 50;

    private Customer()
    {
    }

    public Customer(Guid storeId, string username, string? uuid, DateTime now)
    {
        StoreId = storeId;
        PlayerUsername = username;
        NormalizedUsername = PlayerIdentity.NormalizeUsername(username);
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

    public static string IdentityKeyOf(string username, string? uuid) =>
        uuid is not null ? "uuid:" + uuid : "name:" + PlayerIdentity.NormalizeUsername(username);

    /// <summary>A brand-new customer's first order (later orders update the row with one atomic UPDATE).</summary>
    public void RecordFirstOrder(long totalCents, DateTime now)
    {
        TotalSpentCents = totalCents;
        OrderCount = 1;
        FirstSeenAt = now;
        LastPurchaseAt = now;
    }
}
