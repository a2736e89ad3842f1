using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Audit;

/// <summary>
/// One action in a store, kept for the owner to review: every write through the Store API or the dashboard (written by
/// the persistence layer for the aggregates a command changed), a gift card code read, an endpoint the webhook circuit
/// breaker turned off.
/// </summary>
public sealed class AuditEntry : Entity, IStoreOwned
{
    public const int ActionMaxLength = 100;
    public const int TargetTypeMaxLength = 50;
    public const int ActorNameMaxLength = 200;

    /// <summary><see cref="ActorKind"/> of a signed-in member (or platform operator).</summary>
    public const string UserActor = "User";

    /// <summary><see cref="ActorKind"/> of a Store API key.</summary>
    public const string ApiKeyActor = "ApiKey";

    /// <summary><see cref="ActorKind"/> of the system itself (a background job).</summary>
    public const string SystemActor = "System";

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
        ActorKind = actorUserId is null ? SystemActor : UserActor;
    }

    /// <summary>An entry whose actor is a Store API key, kept by id and by its name at the time.</summary>
    public static AuditEntry ByApiKey(Guid storeId, Guid apiKeyId, string? keyName, string action, string targetType, Guid? targetId, DateTime now) =>
        new(storeId, null, action, targetType, targetId, now)
        {
            ActorKind = ApiKeyActor,
            ActorApiKeyId = apiKeyId,
            ActorName = Bound(keyName),
        };

    /// <summary>Names the acting user as they were at the time (the trail outlives accounts and renames).</summary>
    public AuditEntry NamedAs(string? actorName)
    {
        ActorName ??= Bound(actorName);
        return this;
    }

    private static string? Bound(string? name) => name is null || name.Length <= ActorNameMaxLength ? name : name[..ActorNameMaxLength];

    public Guid StoreId { get; private set; }

    /// <summary>The dashboard user who acted; null for actions not taken by a person.</summary>
    public Guid? ActorUserId { get; private set; }

    /// <summary><see cref="UserActor"/>, <see cref="ApiKeyActor"/> or <see cref="SystemActor"/>.</summary>
    public string ActorKind { get; private set; } = SystemActor;

    /// <summary>The Store API key that acted; null for other actors.</summary>
    public Guid? ActorApiKeyId { get; private set; }

    /// <summary>The actor's name when the entry was written: the key's name, or the user's display name.</summary>
    public string? ActorName { get; private set; }

    /// <summary>Dotted name, e.g. <c>giftcard.code.revealed</c>.</summary>
    public string Action { get; private set; } = string.Empty;

    public string TargetType { get; private set; } = string.Empty;

    public Guid? TargetId { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
