using FluxStore.Management.Application.Common.Telemetry;
using System.Diagnostics;
using FluxStore.Management.Infrastructure.Authentication;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FluxStore.Management.Infrastructure.Caching;

/// <summary>
/// Tells this instance's <see cref="StoreChangeSignal"/> about changes saved by any instance.
/// <list type="bullet">
/// <item>PostgreSQL: a dedicated connection <c>LISTEN</c>s on <see cref="Channel"/>; the migration's trigger on
/// <c>store_changes</c> sends <c>NOTIFY</c> from the changing transaction, delivered at its commit. A <c>SELECT 1</c>
/// on that connection every <see cref="CredentialCacheOptions.PollMilliseconds"/> proves it alive (notifications of
/// earlier commits arrive before its answer); a lost connection bypasses the caches until it is listening again.</item>
/// <item>SQLite and SQL Server: <c>store_changes</c> is read every poll interval and the signal raised when its
/// row count or highest id moved (rows of concurrent transactions may commit out of id order, hence both).</item>
/// </list>
/// Rows older than an hour are pruned, counted, so pruning is not taken for a change. Real time (not
/// <see cref="TimeProvider"/>): the promise is "within 2 s of wall-clock time".
/// </summary>
public sealed class StoreChangeWatcher(
    IServiceScopeFactory scopes,
    StoreChangeSignal signal,
    IOptions<CredentialCacheOptions> options,
    IOptions<DatabaseOptions> database,
    ILogger<StoreChangeWatcher> logger) : BackgroundService
{
    public const string QueryTag = "store change watch";

    /// <summary>The PostgreSQL notification channel (the trigger of migration <c>StoreChangeSignal</c>).</summary>
    public const string Channel = "fluxstore_store_changes";

    /// <summary>The listening connection's <c>application_name</c>.</summary>
    public const string ApplicationName = "fluxstore-store-change-watch";

    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
        if (database.Value.Provider == DatabaseProvider.Postgres)
        {
            await ListenAsync(database.Value.EffectiveConnectionString, interval, stoppingToken);
            return;
        }

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
                    signal.Raise();
                    seen = now;
                }

                if (Stopwatch.GetElapsedTime(lastPrune) > PruneEvery)
                {
                    var before = DateTime.UtcNow - KeepFor;
                    var pruned = await db.StoreChanges.Where(c => c.At < before).ExecuteDeleteAsync(stoppingToken);
                    seen = (now.Count - pruned, now.Max);
                    lastPrune = Stopwatch.GetTimestamp();
                }

                signal.Watched(startedAt);
                if (failing)
                {
                    logger.LogInformation("Watching store changes again; the caches are back in use");
                    failing = false;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                signal.Unwatched();
                signal.Raise();
                seen = null;
                if (!failing)
                {
                    logger.LogWarning(ex, "Cannot watch store changes; every request reads from the database until this recovers");
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

        signal.Unwatched();
    }

    private async Task ListenAsync(string connectionString, TimeSpan interval, CancellationToken stoppingToken)
    {
        var failing = false;
        var lastPrune = Stopwatch.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = ApplicationName, Pooling = false };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => signal.Raise();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                signal.Raise(); // whatever changed while nobody was listening
                if (failing)
                {
                    logger.LogInformation("Listening for store changes again; the caches are back in use");
                    failing = false;
                }

                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                while (!stoppingToken.IsCancellationRequested)
                {
                    var startedAt = Stopwatch.GetTimestamp();
                    await ping.ExecuteScalarAsync(stoppingToken);
                    signal.Watched(startedAt);
                    if (Stopwatch.GetElapsedTime(lastPrune) > PruneEvery)
                    {
                        using var span = FluxStoreTelemetry.Source.StartActivity("credentials.prune");
                        await PruneAsync(stoppingToken);
                        lastPrune = Stopwatch.GetTimestamp();
                    }

                    await connection.WaitAsync(interval, stoppingToken); // notifications are handled as they arrive
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                signal.Unwatched();
                signal.Raise();
                if (!failing)
                {
                    logger.LogWarning(ex, "Cannot listen for store changes; every request reads from the database until this recovers");
                    failing = true;
                }

                try
                {
                    await Task.Delay(interval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        signal.Unwatched();
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var before = DateTime.UtcNow - KeepFor;
        await db.StoreChanges.Where(c => c.At < before).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task<(long Count, long Max)> ReadAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.StoreChanges.AsNoTracking()
            .TagWith(QueryTag)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.LongCount(), Max = g.Max(c => c.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? (0, 0) : (row.Count, row.Max);
    }
}
