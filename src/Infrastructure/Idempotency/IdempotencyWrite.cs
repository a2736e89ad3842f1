namespace FluxStore.Management.Infrastructure.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> the current request holds, for <see cref="Persistence.ApplicationDbContext"/>: every save
/// of the request's writes also marks the key's row committed, in the same transaction, so that whether the write
/// committed is known from the row alone (a lost commit acknowledgement, a client gone after the commit, a crash).
/// Set by the middleware around the request; the holder is shared by reference and emptied when the request ends,
/// so work the request started in the background never marks the key.
/// </summary>
public static class IdempotencyWrite
{
    private static readonly AsyncLocal<Holder?> Current = new();

    /// <summary>The key held by the request running on this flow, or null.</summary>
    public static IdempotencyWriteClaim? Claim => Current.Value?.Claim;

    /// <summary>Marks the request's writes from now until the returned handle is disposed.</summary>
    public static IDisposable Enter(IdempotencyWriteClaim claim)
    {
        var holder = new Holder { Claim = claim };
        Current.Value = holder;
        return holder;
    }

    private sealed class Holder : IDisposable
    {
        public IdempotencyWriteClaim? Claim { get; set; }

        public void Dispose() => Claim = null;
    }
}

/// <summary>Which row to mark, and until when a committed row is kept (commit time + retention).</summary>
public sealed record IdempotencyWriteClaim(string Scope, string Key, Guid LockToken, TimeSpan Retention, TimeProvider Clock);

/// <summary>
/// The request's key was taken over by another request (its lock had expired) before this request wrote: the write is
/// refused, so the key's new holder is the only one that writes.
/// </summary>
public sealed class IdempotencyKeyLostException()
    : InvalidOperationException("The Idempotency-Key's lock expired before the request saved its changes; nothing was saved.");
