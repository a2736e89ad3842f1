using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Security;

namespace FluxStore.Management.Domain.Stores;

/// <summary>A dashboard user's membership of a store. The owner holds every store permission.</summary>
public sealed class StoreMember : Entity, IStoreOwned
{
    private StoreMember()
    {
    }

    public StoreMember(Guid storeId, Guid userId, bool isOwner, PermissionSet permissions, DateTime now)
    {
        StoreId = storeId;
        UserId = userId;
        IsOwner = isOwner;
        Permissions = isOwner ? PermissionSet.Of(PermissionCatalog.MemberPermissions).ToStorage() : permissions.ToStorage();
        CreatedAt = now;
    }

    public Guid StoreId { get; private set; }

    public Guid UserId { get; private set; }

    public bool IsOwner { get; private set; }

    /// <summary>Stored form of the member's <see cref="PermissionSet"/> (the <c>Stores</c> area and the Store API's areas).</summary>
    public string Permissions { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    /// <summary>The owner holds every permission; any other member exactly the ones stored on the membership.</summary>
    public static bool Grants(bool isOwner, string storedPermissions, Permission permission) =>
        isOwner || PermissionSet.FromStorage(storedPermissions).Contains(permission);
}
