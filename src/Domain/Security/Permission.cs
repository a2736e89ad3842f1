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

public enum PermissionAction
{
    View,
    Edit,
    Delete,
}

/// <summary>One area + action pair, written <c>Area:Action</c>.</summary>
public readonly record struct Permission(PermissionArea Area, PermissionAction Action)
{
    public override string ToString() => $"{Area}:{Action}";

    public static bool TryParse(string? text, out Permission permission)
    {
        permission = default;
        var parts = (text ?? string.Empty).Split(':');
        if (parts.Length != 2
            || !PermissionCatalog.TryParseArea(parts[0], out var area)
            || !PermissionCatalog.TryParseAction(parts[1], out var action))
        {
            return false;
        }

        permission = new Permission(area, action);
        return true;
    }
}

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

    public static readonly Permission[] MemberPermissions =
    [
        new(PermissionArea.Stores, PermissionAction.View),
        new(PermissionArea.Stores, PermissionAction.Edit),
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

/// <summary>An immutable set of permissions, stored as a space-separated list of <c>Area:Action</c>.</summary>
public sealed class PermissionSet
{
    private readonly HashSet<Permission> _permissions;

    private PermissionSet(IEnumerable<Permission> permissions) => _permissions = [.. permissions];

    public static PermissionSet Empty { get; } = new([]);

    public static PermissionSet Of(IEnumerable<Permission> permissions) => new(permissions);

    public IReadOnlyCollection<Permission> Items => _permissions;

    public bool IsEmpty => _permissions.Count == 0;

    public bool Contains(Permission permission) => _permissions.Contains(permission);

    public bool Contains(PermissionArea area, PermissionAction action) => Contains(new Permission(area, action));

    /// <summary>
    /// Validates the spec's dictionary form (<c>{"Packages":["View","Edit"]}</c>) for an API key.
    /// Returns one readable problem per bad entry; an empty list means <paramref name="set"/> is valid.
    /// </summary>
    public static IReadOnlyList<string> TryCreateForApiKey(
        IReadOnlyDictionary<string, IReadOnlyList<string>>? areas, out PermissionSet set)
    {
        var problems = new List<string>();
        var permissions = new List<Permission>();
        set = Empty;

        if (areas is null || areas.Count == 0)
        {
            problems.Add("permissions: at least one permission is required.");
            return problems;
        }

        foreach (var (areaName, actions) in areas)
        {
            if (!PermissionCatalog.TryParseArea(areaName, out var area) || !PermissionCatalog.IsApiKeyArea(area))
            {
                problems.Add($"permissions: unknown area '{areaName}'.");
                continue;
            }

            if (actions is null || actions.Count == 0)
            {
                problems.Add($"permissions.{areaName}: at least one action is required.");
                continue;
            }

            foreach (var actionName in actions)
            {
                if (!PermissionCatalog.TryParseAction(actionName ?? string.Empty, out var action)
                    || !PermissionCatalog.IsAllowedForApiKey(new Permission(area, action)))
                {
                    var allowed = string.Join(", ", PermissionCatalog.ActionsOf(area));
                    problems.Add($"permissions.{areaName}: '{actionName}' is not an action of {areaName} (allowed: {allowed}).");
                    continue;
                }

                permissions.Add(new Permission(area, action));
            }
        }

        if (problems.Count == 0)
        {
            set = new PermissionSet(permissions);
        }

        return problems;
    }

    /// <summary>The spec's dictionary form, areas and actions in catalog order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ToDictionary() =>
        _permissions
            .GroupBy(p => p.Area)
            .OrderBy(g => g.Key)
            .ToDictionary(
                g => g.Key.ToString(),
                g => (IReadOnlyList<string>)g.Select(p => p.Action).Order().Select(a => a.ToString()).ToList());

    public string ToStorage() =>
        string.Join(' ', _permissions.OrderBy(p => p.Area).ThenBy(p => p.Action).Select(p => p.ToString()));

    public static PermissionSet FromStorage(string? stored)
    {
        var permissions = new List<Permission>();
        foreach (var part in (stored ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Permission.TryParse(part, out var permission))
            {
                permissions.Add(permission);
            }
        }

        return new PermissionSet(permissions);
    }
}
