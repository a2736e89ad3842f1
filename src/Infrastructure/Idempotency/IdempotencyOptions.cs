using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Infrastructure.Idempotency;

/// <summary><c>FluxStore:Idempotency:*</c>, validated at start-up.</summary>
public sealed class IdempotencyOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Idempotency";

    /// <summary>How long a completed response is replayed (the draft's and this API's promise: 24 hours).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a running request holds its key. A process that dies mid-request leaves its row; after this the key
    /// is free again. Longer than any request may run.
    /// </summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often dead rows (past their retention or lock) are deleted.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A larger response is not kept (the key stays used, like a response holding a secret).</summary>
    public int MaxResponseBytes { get; set; } = 1_048_576;

    public IEnumerable<string> Problems()
    {
        if (Retention <= TimeSpan.Zero || Retention > TimeSpan.FromDays(30))
            yield return $"{Section}:Retention must be positive and at most 30 days.";
        if (LockTimeout <= TimeSpan.Zero || LockTimeout > TimeSpan.FromHours(1))
            yield return $"{Section}:LockTimeout must be positive and at most one hour.";
        if (PruneInterval <= TimeSpan.Zero)
            yield return $"{Section}:PruneInterval must be positive.";
        if (MaxResponseBytes is < 1 or > 16_777_216)
            yield return $"{Section}:MaxResponseBytes must be between 1 and 16777216.";
    }
}
