using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Infrastructure.RateLimiting;

/// <summary>
/// Fixed-window counters in the database, so several API instances share one exact limit. Each hit is a
/// single atomic upsert that returns the new count: <c>INSERT … ON CONFLICT … DO UPDATE … RETURNING</c> on SQLite and
/// PostgreSQL, <c>MERGE … WITH (HOLDLOCK) … OUTPUT</c> on SQL Server (HOLDLOCK keeps the key range locked from the
/// match to the insert, so two first hits cannot both insert). The row lock serializes concurrent hits on one key,
/// so the count never skips or repeats. A late hit (one whose window is older than the row's, for instance a request
/// that read the clock just before the window turned and reached the database after a newer hit) neither resets nor
/// adds to the newer window: the row is left as it is and the current count is returned. Rows of windows that ended
/// long ago are removed by <see cref="RateLimitCounterPruner"/>.
/// </summary>
public sealed class DatabaseRateLimitStore(IServiceScopeFactory scopes) : IRateLimitStore
{
    public async ValueTask<long> IncrementAsync(string key, DateTimeOffset windowStart, TimeSpan window, CancellationToken cancellationToken)
    {
        var start = windowStart.ToUnixTimeSeconds();
        var bounded = Bound(key);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var upsert = db.Database.SqlQuery<long>(db.Database.IsSqlServer() ? SqlServerUpsert(bounded, start) : StandardUpsert(bounded, start));
        var counts = await upsert.ToListAsync(cancellationToken);
        return counts.Single();
    }

    public async ValueTask<long> PeekAsync(string key, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        var start = windowStart.ToUnixTimeSeconds();
        var bounded = Bound(key);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.RateLimitCounters.AsNoTracking()
            .Where(c => c.Key == bounded && c.WindowStart == start)
            .Select(c => c.Count)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>One conditional <c>UPDATE … SET Count = Count - 1</c>: atomic under the row lock, like the upsert.</summary>
    public async ValueTask DecrementAsync(string key, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        var start = windowStart.ToUnixTimeSeconds();
        var bounded = Bound(key);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.RateLimitCounters
            .Where(c => c.Key == bounded && c.WindowStart == start && c.Count > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count - 1), cancellationToken);
    }

    /// <summary>SQLite and PostgreSQL: one statement that inserts or counts, returning the count.</summary>
    public static FormattableString StandardUpsert(string key, long windowStart) => $"""
        INSERT INTO rate_limit_counters ("Key", "WindowStart", "Count") VALUES ({key}, {windowStart}, 1)
        ON CONFLICT ("Key") DO UPDATE SET
            "Count" = CASE
                WHEN rate_limit_counters."WindowStart" = excluded."WindowStart" THEN rate_limit_counters."Count" + 1
                WHEN rate_limit_counters."WindowStart" < excluded."WindowStart" THEN 1
                ELSE rate_limit_counters."Count" END,
            "WindowStart" = CASE
                WHEN rate_limit_counters."WindowStart" < excluded."WindowStart" THEN excluded."WindowStart"
                ELSE rate_limit_counters."WindowStart" END
        RETURNING "Count" AS "Value"
        """;

    /// <summary>SQL Server: the same as one MERGE, under HOLDLOCK (a serializable key-range lock for the statement).</summary>
    public static FormattableString SqlServerUpsert(string key, long windowStart) => $"""
        MERGE rate_limit_counters WITH (HOLDLOCK) AS c
        USING (SELECT {key} AS [Key], {windowStart} AS [WindowStart]) AS hit
        ON c.[Key] = hit.[Key]
        WHEN MATCHED THEN UPDATE SET
            [Count] = CASE
                WHEN c.[WindowStart] = hit.[WindowStart] THEN c.[Count] + 1
                WHEN c.[WindowStart] < hit.[WindowStart] THEN 1
                ELSE c.[Count] END,
            [WindowStart] = CASE WHEN c.[WindowStart] < hit.[WindowStart] THEN hit.[WindowStart] ELSE c.[WindowStart] END
        WHEN NOT MATCHED THEN INSERT ([Key], [WindowStart], [Count]) VALUES (hit.[Key], hit.[WindowStart], 1)
        OUTPUT inserted.[Count] AS [Value];
        """;

    /// <summary>Deletes the rows whose window started before <paramref name="cutoff"/>; returns how many.</summary>
    public async Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var before = cutoff.ToUnixTimeSeconds();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.RateLimitCounters.Where(c => c.WindowStart < before).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Bound(string key) => key.Length <= RateLimitCounter.KeyMaxLength ? key : key[..RateLimitCounter.KeyMaxLength];
}
