namespace FluxStore.Management.Application.Common.Security;

/// <summary>
/// The request needs at least one of these permissions (the same action over several areas); its handler decides what
/// each one shows (the events API: each area's event types). Checked like <see cref="RequirePermissionAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequireAnyPermissionAttribute(PermissionAction action, params PermissionArea[] areas) : Attribute
{
    public IReadOnlyList<Permission> Permissions { get; } = areas.Select(area => new Permission(area, action)).ToList();
}
