using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Audit;

/// <summary>One sensitive action in a store (a gift card code read, for instance), kept for the owner to review.</summary>
public sealed class AuditEntry : Entity, IStoreOwned
{
    public const int ActionMaxLength = 100;
    public const int TargetTypeMaxLength = 50;

    private AuditEntry()
    {
    }

    public AuditEntry(Guid storeId, Guid? actorUserId, string action, string targetType, Guid? targetId, DateTime now)
    {
        StoreId = storeId;
        ActorUserId = actorUserId;
        Action = action;
        TargetType = targetType;
        TargetId = targetId;
        CreatedAt = now;
    }

    public Guid StoreId { get; private set; }

    /// <summary>The dashboard user who acted; null for actions not taken by a person.</summary>
    public Guid? ActorUserId { get; private set; }

    /// <summary>Dotted name, e.g. <c>giftcard.code.revealed</c>.</summary>
    public string Action { get; private set; } = string.Empty;

    public string TargetType { get; private set; } = string.Empty;

    public Guid? TargetId { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
