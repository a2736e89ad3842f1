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

/// <summary>Only platform operators may send this request.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequirePlatformAdminAttribute : Attribute;

/// <summary>Any signed-in dashboard user may send this request (it only touches the caller's own data).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequireSignedInUserAttribute : Attribute;

/// <summary>No caller identity needed (register, login).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousRequestAttribute : Attribute;

/// <summary>Sent by a game server's plugin with its server key.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequireGameServerAttribute : Attribute;

/// <summary>The request needs the store to have an active Pro plan.</summary>
public interface IRequiresProPlan;

/// <summary>A dashboard request about one store, named in the route.</summary>
public interface IStoreRequest
{
    Guid StoreId { get; }
}
