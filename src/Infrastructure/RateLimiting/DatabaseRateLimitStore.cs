using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Infrastructure.RateLimiting;

/// <summary>
/// Fixed-window counters in the database, so several API instances share one exact limit. Each hit is a
/// single atomic upsert (<c>INSERT … ON CONFLICT … DO UPDATE … RETURNING</c>, the same SQL on SQLite and
/// PostgreSQL): the row lock serializes concurrent hits on one key, so the count never skips or repeats.
/// </summary>
public sealed class DatabaseRateLimitStore(IServiceScopeFactory scopes) : IRateLimitStore
{
    public async ValueTask<long> IncrementAsync(string key, DateTimeOffset windowStart, TimeSpan window, CancellationToken cancellationToken)
    {
        var start = windowStart.ToUnixTimeSeconds();
        var bounded = Bound(key);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var counts = await db.Database.SqlQuery<long>($"""
            INSERT INTO rate_limit_counters ("Key", "WindowStart", "Count") VALUES ({bounded}, {start}, 1)
            ON CONFLICT ("Key") DO UPDATE SET
                "Count" = CASE WHEN rate_limit_counters."WindowStart" = excluded."WindowStart" THEN rate_limit_counters."Count" + 1 ELSE 1 END,
                "WindowStart" = excluded."WindowStart"
            RETURNING "Count" AS "Value"
            """).ToListAsync(cancellationToken);
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

    private static string Bound(string key) => key.Length <= RateLimitCounter.KeyMaxLength ? key : key[..RateLimitCounter.KeyMaxLength];
}
