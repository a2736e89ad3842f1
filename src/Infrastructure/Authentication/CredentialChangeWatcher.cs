using System.Diagnostics;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>
/// Looks at <c>credential_changes</c> every <see cref="CredentialCacheOptions.PollMilliseconds"/> and empties the
/// <see cref="CredentialCache"/> when its row count or highest id moved (rows of concurrent transactions may commit out
/// of id order, hence both). Rows older than an hour are pruned, counted, so pruning is not taken for a change.
/// Real time (not <see cref="TimeProvider"/>): the promise is "within 2 s of wall-clock time".
/// </summary>
public sealed class CredentialChangeWatcher(
    IServiceScopeFactory scopes,
    CredentialCache cache,
    IOptions<CredentialCacheOptions> options,
    ILogger<CredentialChangeWatcher> logger) : BackgroundService
{
    public const string QueryTag = "credential change watch";

    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
        (long Count, long Max)? seen = null;
        var lastPrune = Stopwatch.GetTimestamp();
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var startedAt = Stopwatch.GetTimestamp();
            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
                var now = await ReadAsync(db, stoppingToken);
                if (seen != now)
                {
                    cache.Invalidate();
                    seen = now;
                }

                if (Stopwatch.GetElapsedTime(lastPrune) > PruneEvery)
                {
                    var before = DateTime.UtcNow - KeepFor;
                    var pruned = await db.CredentialChanges.Where(c => c.At < before).ExecuteDeleteAsync(stoppingToken);
                    seen = (now.Count - pruned, now.Max);
                    lastPrune = Stopwatch.GetTimestamp();
                }

                cache.Watched(startedAt);
                if (failing)
                {
                    logger.LogInformation("Watching credential changes again; the key cache is back in use");
                    failing = false;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                cache.Unwatched();
                cache.Invalidate();
                seen = null;
                if (!failing)
                {
                    logger.LogWarning(ex, "Cannot watch credential changes; every request reads its key from the database until this recovers");
                    failing = true;
                }
            }

            var elapsed = Stopwatch.GetElapsedTime(startedAt);
            if (elapsed < interval)
            {
                try
                {
                    await Task.Delay(interval - elapsed, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        cache.Unwatched();
    }

    private static async Task<(long Count, long Max)> ReadAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.CredentialChanges.AsNoTracking()
            .TagWith(QueryTag)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.LongCount(), Max = g.Max(c => c.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? (0, 0) : (row.Count, row.Max);
    }
}
