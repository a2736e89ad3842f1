namespace FluxStore.Management.Infrastructure.Idempotency;

/// <summary>What a request with an <c>Idempotency-Key</c> found when it tried to take the key.</summary>
public sealed record IdempotencyClaim(IdempotencyClaimKind Kind, Guid LockToken = default, IdempotentResponse? Response = null)
{
    public static readonly IdempotencyClaim InProgress = new(IdempotencyClaimKind.InProgress);
    public static readonly IdempotencyClaim Mismatch = new(IdempotencyClaimKind.Mismatch);
    public static readonly IdempotencyClaim CompletedNotStored = new(IdempotencyClaimKind.CompletedNotStored);
    public static readonly IdempotencyClaim OutcomeUnknown = new(IdempotencyClaimKind.OutcomeUnknown);
}

public enum IdempotencyClaimKind
{
    /// <summary>The key is this request's: run it, then complete or release.</summary>
    Acquired,

    /// <summary>The same request completed before: answer with <see cref="IdempotencyClaim.Response"/>.</summary>
    Replay,

    /// <summary>The key was used for a different request (method, path or body).</summary>
    Mismatch,

    /// <summary>The same request is still running (its lock has not expired).</summary>
    InProgress,

    /// <summary>The same request completed, but its response held a secret (or was too large) and was not kept.</summary>
    CompletedNotStored,

    /// <summary>
    /// The same request's write committed, but its answer was lost (a failure or a crash after the commit): it is
    /// not run again.
    /// </summary>
    OutcomeUnknown,
}
