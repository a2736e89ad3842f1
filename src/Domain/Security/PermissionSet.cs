namespace FluxStore.Management.Domain.Security;

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
