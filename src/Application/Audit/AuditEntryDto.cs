namespace FluxStore.Management.Application.Audit;

/// <summary>
/// An audit trail entry: who (a member, a Store API key, or the system), did what (<c>action</c>, e.g.
/// <c>package.created</c>), to which resource (<c>targetType</c>, <c>targetId</c>), when. <c>actorEmail</c> is masked
/// unless the actor is the caller (as in the member list).
/// </summary>
public sealed record AuditEntryDto
{
    public Guid Id { get; init; }

    public string Action { get; init; } = string.Empty;

    /// <summary>The resource's type, e.g. <c>Package</c>, <c>Order</c>, <c>ApiKey</c>.</summary>
    public string TargetType { get; init; } = string.Empty;

    public Guid? TargetId { get; init; }

    /// <summary><c>User</c>, <c>ApiKey</c> or <c>System</c>.</summary>
    public string ActorKind { get; init; } = string.Empty;

    public Guid? ActorUserId { get; init; }

    public Guid? ActorApiKeyId { get; init; }

    /// <summary>The key's name, or the user's display name, when the entry was written.</summary>
    public string? ActorName { get; init; }

    public string? ActorEmail { get; init; }

    public string? ActorDisplayName { get; init; }

    public DateTime CreatedAt { get; init; }
}
