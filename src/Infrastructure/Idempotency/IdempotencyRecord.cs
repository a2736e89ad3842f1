namespace FluxStore.Management.Infrastructure.Idempotency;

/// <summary>
/// One <c>Idempotency-Key</c> of one caller: inserted before the request runs (the unique (scope, key) pair is the
/// lock), completed with the response once it has run. Infrastructure only; no handler sees it.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int ScopeMaxLength = 100;
    public const int KeyMaxLength = 255;
    public const int RequestHashLength = 64;
    public const int ContentTypeMaxLength = 200;
    public const int LocationMaxLength = 2048;

    /// <summary>Whose key this is: <c>key:{storeId}:{apiKeyId}</c> or <c>user:{userId}:{storeId|-}</c>.</summary>
    public string Scope { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    /// <summary>Hex SHA-256 of method, path, query and body: a retry must match it.</summary>
    public string RequestHash { get; set; } = string.Empty;

    /// <summary>Who holds the row while it runs; completion and release apply only with this token.</summary>
    public Guid LockToken { get; set; }

    public bool IsCompleted { get; set; }

    /// <summary>
    /// When the request's write committed: set in the write's own transaction (see <see cref="IdempotencyWrite"/>).
    /// A row with it is never freed or taken over; its request is never run again.
    /// </summary>
    public DateTime? CommittedAt { get; set; }

    /// <summary>
    /// Running: the end of the lock (a crashed request's row is taken over after it). Completed: the end of the
    /// retention. Past it the row is dead: the next request with the key runs, and the pruner deletes it.
    /// </summary>
    public DateTime ExpiresAt { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>False when the response was not kept (it held a secret, or was too large): the key stays used.</summary>
    public bool ResponseStored { get; set; }

    public int? ResponseStatus { get; set; }

    public string? ResponseContentType { get; set; }

    public string? ResponseLocation { get; set; }

    public byte[]? ResponseBody { get; set; }
}
