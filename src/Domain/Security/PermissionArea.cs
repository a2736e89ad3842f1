namespace FluxStore.Management.Domain.Security;

public enum PermissionArea
{
    Packages,
    Categories,
    Coupons,
    Sales,
    GiftCards,
    Orders,
    Customers,
    Bans,
    Subscriptions,

    /// <summary>Dashboard-only area held by store members (never by an API key).</summary>
    Stores,
}
