namespace FluxStore.Management.Application.Common.Security;

/// <summary>
/// The permission a request needs: an API key must hold it; a dashboard user must be a member of the
/// request's store holding it (requests over the <c>Stores</c> area implement <see cref="IStoreRequest"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequirePermissionAttribute(PermissionArea area, PermissionAction action) : Attribute
{
    public Permission Permission { get; } = new(area, action);
}
