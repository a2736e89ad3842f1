namespace FluxStore.Management.Domain.Security;

/// <summary>The spec's permission table: which actions each area offers, and to whom.</summary>
public static class PermissionCatalog
{
    private static readonly IReadOnlyDictionary<PermissionArea, PermissionAction[]> ApiKeyAreas =
        new Dictionary<PermissionArea, PermissionAction[]>
        {
            [PermissionArea.Packages] = [PermissionAction.View, PermissionAction.Edit, PermissionAction.Delete],
            [PermissionArea.Categories] = [PermissionAction.View, PermissionAction.Edit, PermissionAction.Delete],
            [PermissionArea.Coupons] = [PermissionAction.View, PermissionAction.Edit, PermissionAction.Delete],
            [PermissionArea.Sales] = [PermissionAction.View, PermissionAction.Edit, PermissionAction.Delete],
            [PermissionArea.GiftCards] = [PermissionAction.View, PermissionAction.Edit, PermissionAction.Delete],
            [PermissionArea.Orders] = [PermissionAction.View, PermissionAction.Edit],
            [PermissionArea.Customers] = [PermissionAction.View],
            [PermissionArea.Bans] = [PermissionAction.View, PermissionAction.Edit, PermissionAction.Delete],
            [PermissionArea.Subscriptions] = [PermissionAction.View],
        };

    /// <summary>
    /// Every permission a store member can hold: the dashboard's own <c>Stores</c> area and the Store API's areas, which
    /// the member uses through the store's routes under <c>/api/stores/{storeId}/…</c>.
    /// </summary>
    public static readonly Permission[] MemberPermissions =
    [
        new(PermissionArea.Stores, PermissionAction.View),
        new(PermissionArea.Stores, PermissionAction.Edit),
        .. ApiKeyAreas.SelectMany(a => a.Value.Select(action => new Permission(a.Key, action))),
    ];

    /// <summary>Every permission an API key can hold (the spec's table).</summary>
    public static IEnumerable<Permission> AllApiKeyPermissions =>
        ApiKeyAreas.SelectMany(a => a.Value.Select(action => new Permission(a.Key, action)));

    public static bool IsApiKeyArea(PermissionArea area) => ApiKeyAreas.ContainsKey(area);

    public static bool IsAllowedForApiKey(Permission permission) =>
        ApiKeyAreas.TryGetValue(permission.Area, out var actions) && actions.Contains(permission.Action);

    public static IReadOnlyList<PermissionAction> ActionsOf(PermissionArea area) =>
        ApiKeyAreas.TryGetValue(area, out var actions) ? actions : [];

    // Enum.TryParse accepts numbers and ignores case; the wire format is the exact name.
    public static bool TryParseArea(string text, out PermissionArea area) =>
        TryParseExact(text, out area);

    public static bool TryParseAction(string text, out PermissionAction action) =>
        TryParseExact(text, out action);

    private static bool TryParseExact<T>(string text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
