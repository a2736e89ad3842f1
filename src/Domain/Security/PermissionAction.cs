namespace FluxStore.Management.Domain.Security;

public enum PermissionAction
{
    View,
    Edit,
    Delete,
}
