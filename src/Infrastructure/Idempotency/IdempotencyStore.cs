using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Idempotency;

/// <summary>
/// The <c>idempotency_keys</c> table. A request takes its key by inserting the (scope, key) row before it runs: the
/// primary key lets exactly one of several concurrent requests in, the others find its row. A row past its
/// <see cref="IdempotencyRecord.ExpiresAt"/> (a completed response older than the retention, or a running request
/// whose process died) is dead: it is deleted and the key taken again. Each call uses its own database context, apart
/// from the request's, so the request's own transaction never holds the row.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, IOptions<IdempotencyOptions> options, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<IdempotencyClaim> BeginAsync(string scope, string key, string requestHash, CancellationToken cancellationToken)
    {
        Exception? insertError = null;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var token = Guid.NewGuid();
            try
            {
                await InsertAsync(new IdempotencyRecord
                {
                    Scope = scope,
                    Key = key,
                    RequestHash = requestHash,
                    LockToken = token,
                    CreatedAt = now,
                    ExpiresAt = now + options.Value.LockTimeout,
                }, cancellationToken);
                return new IdempotencyClaim(IdempotencyClaimKind.Acquired, token);
            }
            catch (DbUpdateException error)
            {
                insertError = error; // most likely the key is taken; the row says by what
            }

            var existing = await FindAsync(scope, key, cancellationToken);
            if (existing is null)
            {
                continue; // released or pruned in between, or the insert failed for another reason: try again
            }

            if (existing.ExpiresAt <= now)
            {
                await DeleteDeadAsync(existing, now, cancellationToken);
                continue;
            }

            if (!string.Equals(existing.RequestHash, requestHash, StringComparison.Ordinal))
            {
                return IdempotencyClaim.Mismatch;
            }

            if (!existing.IsCompleted)
            {
                // Committed but never completed, past its lock: the process died (or lost the database) after the
                // commit. The write happened; running the request again would repeat it.
                return existing.CommittedAt is not null && existing.CreatedAt + options.Value.LockTimeout <= now
                    ? IdempotencyClaim.OutcomeUnknown
                    : IdempotencyClaim.InProgress;
            }

            return existing switch
            {
                { ResponseStored: true, ResponseStatus: { } status } => new IdempotencyClaim(IdempotencyClaimKind.Replay, Response: new IdempotentResponse(
                    status, existing.ResponseContentType, existing.ResponseLocation, existing.ResponseBody ?? [])),
                { CommittedAt: not null, ResponseStatus: null } => IdempotencyClaim.OutcomeUnknown,
                _ => IdempotencyClaim.CompletedNotStored,
            };
        }

        // Three lost races in a row: someone else keeps taking and dropping the key; if no row was ever found, the
        // insert itself is failing and its error is the answer.
        return insertError is not null && await FindAsync(scope, key, cancellationToken) is null
            ? throw insertError
            : IdempotencyClaim.InProgress;
    }

    /// <summary>
    /// Keeps the response (null: the request completed with <paramref name="status"/> but its response is not kept)
    /// for the retention.
    /// </summary>
    public async Task CompleteAsync(string scope, string key, Guid lockToken, int status, IdempotentResponse? response, CancellationToken cancellationToken)
    {
        var expiresAt = clock.GetUtcNow().UtcDateTime + options.Value.Retention;
        using var services = scopes.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.IdempotencyRecords
            .Where(r => r.Scope == scope && r.Key == key && r.LockToken == lockToken)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.IsCompleted, true)
                .SetProperty(r => r.ExpiresAt, expiresAt)
                .SetProperty(r => r.ResponseStored, response != null)
                .SetProperty(r => r.ResponseStatus, (int?)status)
                .SetProperty(r => r.ResponseContentType, response == null ? null : response.ContentType)
                .SetProperty(r => r.ResponseLocation, response == null ? null : response.Location)
                .SetProperty(r => r.ResponseBody, response == null ? null : response.Body), cancellationToken);
    }

    /// <summary>
    /// The request failed in a way a retry may fix (5xx, an exception, a cancelled request, 401/403/409/429 …). If it
    /// wrote nothing, the key is freed and the next request with it runs. If its write committed (the row was marked
    /// in the write's transaction, see <see cref="IdempotencyWrite"/>) it is never freed: the row is completed as
    /// "outcome unknown" and a retry gets 409 for the retention, never a second write.
    /// </summary>
    public async Task ReleaseAsync(string scope, string key, Guid lockToken, CancellationToken cancellationToken)
    {
        using var services = scopes.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var mine = db.IdempotencyRecords.Where(r => r.Scope == scope && r.Key == key && r.LockToken == lockToken);
        if (await mine.Where(r => r.CommittedAt == null).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            await mine.Where(r => r.CommittedAt != null && !r.IsCompleted).ExecuteUpdateAsync(set => set
                .SetProperty(r => r.IsCompleted, true)
                .SetProperty(r => r.ResponseStored, false)
                .SetProperty(r => r.ResponseStatus, (int?)null), cancellationToken);
        }
    }

    /// <summary>Deletes every dead row (past its retention or its lock); returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using var services = scopes.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.IdempotencyRecords.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task InsertAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        using var services = scopes.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        db.IdempotencyRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IdempotencyRecord?> FindAsync(string scope, string key, CancellationToken cancellationToken)
    {
        using var services = scopes.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
    }

    /// <summary>Only the dead row that was seen: a request that took the key meanwhile keeps it.</summary>
    private async Task DeleteDeadAsync(IdempotencyRecord dead, DateTime now, CancellationToken cancellationToken)
    {
        using var services = scopes.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.IdempotencyRecords
            .Where(r => r.Scope == dead.Scope && r.Key == dead.Key && r.LockToken == dead.LockToken && r.ExpiresAt <= now)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
