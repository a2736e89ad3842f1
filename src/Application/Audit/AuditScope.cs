namespace FluxStore.Management.Application.Audit;

/// <summary>
/// The write command running in this async flow and who sent it, set by <see cref="Common.Behaviours.AuditBehaviour{TRequest, TResponse}"/>:
/// while it is set, every save of the database context adds an audit entry for each aggregate the save adds, changes
/// or deletes, in that save (so in its transaction). See docs/decisions/0025-audit-of-every-write.md.
/// </summary>
public sealed class AuditScope
{
    private static readonly AsyncLocal<AuditScope?> Flow = new();

    /// <summary>The scope of the write command running in this flow; null outside one.</summary>
    public static AuditScope? Current => Flow.Value;

    /// <summary>The command's type name without <c>Command</c>, e.g. <c>RefundOrder</c>.</summary>
    public required string Command { get; init; }

    /// <summary><c>User</c> or <c>ApiKey</c> (<see cref="Domain.Audit.AuditEntry"/>'s actor kinds).</summary>
    public required string ActorKind { get; init; }

    /// <summary>The clock the entries are dated by (the application's).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public Guid? UserId { get; init; }

    public Guid? ApiKeyId { get; init; }

    /// <summary>The actor's name, looked up by the first save that writes an entry.</summary>
    public string? ActorName { get; set; }

    public bool ActorNameLoaded { get; set; }

    /// <summary>The entries the scope's saves added so far: one still unsaved belongs to a save that failed (dropped on the next).</summary>
    public List<Domain.Audit.AuditEntry> Written { get; } = [];

    /// <summary>Sets the scope for the rest of this flow (an async method's changes do not leak to its caller).</summary>
    public static void Enter(AuditScope? scope) => Flow.Value = scope;
}
