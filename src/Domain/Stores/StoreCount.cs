namespace FluxStore.Management.Domain.Stores;

/// <summary>
/// How many rows of one kind a store has (<see cref="Orders"/> per status, customers, …), kept by database triggers in
/// the same transaction as every insert, delete and status change of those rows, whoever writes them (EF, raw SQL,
/// bulk loads). The lists answer the spec's <c>total</c> from it when no filter (or only <c>status</c>) applies.
/// Never written by the application (docs/decisions/0027-store-counts.md).
/// </summary>
public sealed class StoreCount
{
    public const int NameMaxLength = 40;

    public const string Customers = "customers";

    public const string Bans = "bans";

    public const string Coupons = "coupons";

    public const string GiftCards = "gift_cards";

    public const string OrdersPrefix = "orders:";

    public const string SubscriptionsPrefix = "subscriptions:";

    /// <summary>
    /// Rows each kind of a store is spread over on PostgreSQL, so concurrent orders of one store do not queue on one
    /// counts row until each commits (a transaction writes the slot of its id modulo this); the count is their sum.
    /// SQLite (one writer at a time) and SQL Server keep slot 0 only.
    /// </summary>
    public const int Slots = 8;

    private StoreCount()
    {
    }

    public Guid StoreId { get; private set; }

    /// <summary>The kind: <see cref="Customers"/>, <see cref="Bans"/>, …, or <c>orders:Paid</c>, <c>subscriptions:Active</c> (prefix and status).</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Which of the kind's <see cref="Slots"/> rows this is; the kind's count is the sum over its slots.</summary>
    public short Slot { get; private set; }

    public long Count { get; private set; }

    /// <summary>The name of the count of orders in <paramref name="status"/>.</summary>
    public static string Orders<TStatus>(TStatus status)
        where TStatus : struct, Enum => OrdersPrefix + status;

    /// <summary>The name of the count of subscriptions in <paramref name="status"/>.</summary>
    public static string Subscriptions<TStatus>(TStatus status)
        where TStatus : struct, Enum => SubscriptionsPrefix + status;
}
