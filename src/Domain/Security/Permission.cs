namespace FluxStore.Management.Domain.Security;

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
