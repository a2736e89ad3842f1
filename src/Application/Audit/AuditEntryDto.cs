namespace FluxStore.Management.Application.Audit;

/// <summary>
/// An audit trail entry. <c>actorEmail</c> is masked unless the actor is the caller (as in the member list).
/// </summary>
public sealed record AuditEntryDto
{
    public Guid Id { get; init; }

    public string Action { get; init; } = string.Empty;

    public string TargetType { get; init; } = string.Empty;

    public Guid? TargetId { get; init; }

    public Guid? ActorUserId { get; init; }

    public string? ActorEmail { get; init; }

    public string? ActorDisplayName { get; init; }

    public DateTime CreatedAt { get; init; }
}
