using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Infrastructure.Plugin;

/// <summary>
/// Leases a server's next commands with one UPDATE statement whose condition (pending, lease absent or ended) is
/// checked on the row it changes, so two overlapping polls never lease the same command:
/// <list type="bullet">
/// <item>PostgreSQL: the next rows are chosen <c>FOR UPDATE SKIP LOCKED</c> (a concurrent poll skips them and takes the
/// following ones instead of waiting); a row leased by a poll that committed meanwhile fails the re-checked condition.</item>
/// <item>SQL Server: the same with <c>UPDLOCK, READPAST, ROWLOCK</c> on the chosen rows.</item>
/// <item>SQLite: one <c>UPDATE … WHERE Id IN (SELECT … LIMIT n)</c>; SQLite runs one writer at a time, so the
/// statement sees and changes the rows atomically.</item>
/// </list>
/// </summary>
public sealed class CommandLeaser(ApplicationDbContext db) : ICommandLeaser
{
    public Task<int> LeaseAsync(Guid storeId, Guid serverId, Guid token, DateTime now, DateTime leasedUntil, int limit, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return db.Database.ExecuteSqlAsync(PostgresLease(storeId, serverId, token, now, leasedUntil, limit), cancellationToken);
        }

        if (db.Database.IsSqlServer())
        {
            return db.Database.ExecuteSqlAsync(SqlServerLease(storeId, serverId, token, now, leasedUntil, limit), cancellationToken);
        }

        var next = db.PendingCommands
            .Where(c => c.GameServerId == serverId && c.StoreId == storeId
                && c.ExecutedAt == null && c.CancelledAt == null && c.FailedAt == null
                && (c.LeasedUntil == null || c.LeasedUntil <= now))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.OrderId).ThenBy(c => c.Sequence)
            .Take(limit)
            .Select(c => c.Id);
        return db.PendingCommands
            .Where(c => next.Contains(c.Id)
                && c.ExecutedAt == null && c.CancelledAt == null && c.FailedAt == null
                && (c.LeasedUntil == null || c.LeasedUntil <= now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.LeaseToken, token)
                    .SetProperty(c => c.LeasedUntil, leasedUntil)
                    .SetProperty(c => c.Attempts, c => c.Attempts + 1),
                cancellationToken);
    }

    /// <summary>
    /// The chosen rows are a materialized CTE, evaluated once: an <c>IN (SELECT … LIMIT n)</c> subquery may be
    /// re-scanned by the planner and then lease more than <c>n</c> rows.
    /// </summary>
    private static FormattableString PostgresLease(Guid storeId, Guid serverId, Guid token, DateTime now, DateTime leasedUntil, int limit) => $"""
        WITH next AS MATERIALIZED (
            SELECT "Id" FROM pending_commands
            WHERE "GameServerId" = {serverId} AND "StoreId" = {storeId}
              AND "ExecutedAt" IS NULL AND "CancelledAt" IS NULL AND "FailedAt" IS NULL
              AND ("LeasedUntil" IS NULL OR "LeasedUntil" <= {now})
            ORDER BY "CreatedAt", "OrderId", "Sequence"
            LIMIT {limit}
            FOR UPDATE SKIP LOCKED)
        UPDATE pending_commands AS c
        SET "LeaseToken" = {token}, "LeasedUntil" = {leasedUntil}, "Attempts" = c."Attempts" + 1
        FROM next
        WHERE c."Id" = next."Id"
          AND c."ExecutedAt" IS NULL AND c."CancelledAt" IS NULL AND c."FailedAt" IS NULL
          AND (c."LeasedUntil" IS NULL OR c."LeasedUntil" <= {now})
        """;

    private static FormattableString SqlServerLease(Guid storeId, Guid serverId, Guid token, DateTime now, DateTime leasedUntil, int limit) => $"""
        WITH next AS (
            SELECT TOP ({limit}) [LeaseToken], [LeasedUntil], [Attempts]
            FROM pending_commands WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE [GameServerId] = {serverId} AND [StoreId] = {storeId}
              AND [ExecutedAt] IS NULL AND [CancelledAt] IS NULL AND [FailedAt] IS NULL
              AND ([LeasedUntil] IS NULL OR [LeasedUntil] <= {now})
            ORDER BY [CreatedAt], [OrderId], [Sequence])
        UPDATE next SET [LeaseToken] = {token}, [LeasedUntil] = {leasedUntil}, [Attempts] = [Attempts] + 1;
        """;
}
