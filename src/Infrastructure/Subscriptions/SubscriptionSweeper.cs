using System.Diagnostics;
using FluxStore.Management.Application.Common.Telemetry;
using FluxStore.Management.Application.Subscriptions;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Subscriptions;

/// <summary>
/// Runs in every API instance: every <see cref="SubscriptionOptions.SweepInterval"/> it ends the active subscriptions
/// whose period end plus the store's grace period has passed, up to <see cref="EndsPerTransaction"/> per transaction:
/// on PostgreSQL and SQLite set-based (<see cref="SubscriptionChunkEnder"/>: one conditional UPDATE claims the chunk),
/// on SQL Server by one conditional UPDATE each (<see cref="SubscriptionLifecycle.EndDueAsync"/>); either way instances
/// sweeping together never end one twice, and a chunk that fails is ended again one subscription per transaction.
/// Chunks are spaced by a pause (<see cref="PauseShare"/>) so the API keeps serving during a large sweep.
/// Reads in keyset batches of <see cref="SubscriptionOptions.SweepBatchSize"/>, each batch on a fresh database context,
/// so a hundred thousand subscriptions ending in the same minute are never held in memory or in one transaction.
/// </summary>
public sealed partial class SubscriptionSweeper(
    IServiceScopeFactory scopes,
    IOptions<SubscriptionOptions> options,
    TimeProvider clock,
    ILogger<SubscriptionSweeper> logger) : BackgroundService
{
    /// <summary>
    /// Subscriptions ended per transaction. PostgreSQL and SQLite end a chunk set-based (a few SQL commands for the whole
    /// chunk, <see cref="SubscriptionChunkEnder"/>); 200 keeps SQLite's one writer lock and a failed chunk's retry short
    /// and the chunk's rows a small allocation, while the per-chunk commands cost little per subscription. SQL Server
    /// ends each subscription of the chunk by its own conditional UPDATE, one commit per chunk.
    /// </summary>
    private const int EndsPerTransaction = 200;

    /// <summary>
    /// The pause between two chunks of a sweep, as a share of the time the last chunk took: 1 keeps the sweeper to
    /// about half of one core, so the API keeps serving while 100,000 subscriptions end at once.
    /// </summary>
    private const double PauseShare = 1.0;

    /// <summary>
    /// The longest pause, as a share of the last chunk's time, while the thread pool has work queued (requests waiting
    /// for a thread): the sweeper then uses about a fifth of one core, so on SQLite, whose SQL work runs inside the API
    /// process, the chunks do not take the request threads' CPU. When nothing waits it goes on after <see cref="PauseShare"/>.
    /// </summary>
    private const double BusyPauseShare = 4.0;

    private static readonly TimeSpan BusyPoll = TimeSpan.FromMilliseconds(5);

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private TimeSpan _lastChunk;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.SweepInterval, stoppingToken);
                using var span = FluxStoreTelemetry.Source.StartActivity("subscriptions.sweep");
                await SweepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be away for a while; the next round tries again (nothing half-written: each end is one transaction).
                LogSweepFailed(logger, exception.GetType().Name);
            }
        }
    }

    /// <summary>One sweep (the timer's, or a test's): ends every subscription due now; returns how many this call ended.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var ended = 0;
            _lastChunk = TimeSpan.Zero;
            (DateTime, Guid)? after = null;
            while (true)
            {
                using var scope = scopes.CreateScope();
                var lifecycle = scope.ServiceProvider.GetRequiredService<SubscriptionLifecycle>();
                var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
                var batch = await lifecycle.DueAsync(now, after, options.Value.SweepBatchSize, cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                var grace = await lifecycle.GracePeriodsAsync(batch.Select(c => c.StoreId).Distinct().ToList(), cancellationToken);
                var setBased = SubscriptionChunkEnder.IsSupported(db) ? ActivatorUtilities.CreateInstance<SubscriptionChunkEnder>(scope.ServiceProvider) : null;
                foreach (var chunk in batch.Chunk(EndsPerTransaction))
                {
                    await PauseAsync(cancellationToken);
                    var took = Stopwatch.StartNew();
                    ended += setBased is null
                        ? await EndChunkAsync(db, lifecycle, chunk, grace, now, cancellationToken)
                        : await EndChunkSetBasedAsync(db, lifecycle, setBased, chunk, grace, now, cancellationToken);
                    _lastChunk = took.Elapsed;
                }

                after = (batch[^1].GraceEndsAt, batch[^1].Id);
                if (batch.Count < options.Value.SweepBatchSize)
                {
                    break;
                }
            }

            if (ended > 0)
            {
                LogSwept(logger, ended);
            }

            return ended;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// Between two chunks of one sweep: a pause of <see cref="PauseShare"/> × the last chunk's time, longer (up to
    /// <see cref="BusyPauseShare"/> ×) while the thread pool has work waiting.
    /// </summary>
    private async Task PauseAsync(CancellationToken cancellationToken)
    {
        if (_lastChunk <= TimeSpan.Zero)
        {
            return;
        }

        await Task.Delay(_lastChunk * PauseShare, cancellationToken);
        var longest = _lastChunk * (BusyPauseShare - PauseShare);
        for (var waited = TimeSpan.Zero; waited < longest && ThreadPool.PendingWorkItemCount > 0; waited += BusyPoll)
        {
            await Task.Delay(BusyPoll, cancellationToken);
        }
    }

    /// <summary>
    /// PostgreSQL and SQLite: the chunk's due subscriptions ended set-based in one transaction
    /// (<see cref="SubscriptionChunkEnder"/>, a few SQL commands per chunk instead of ten per subscription); those whose
    /// store's grace now ends later get their end moved first, one by one (rare). When the chunk fails it is rolled back
    /// and ended one subscription per transaction, so one bad row never holds back the others.
    /// </summary>
    private async Task<int> EndChunkSetBasedAsync(
        ApplicationDbContext db, SubscriptionLifecycle lifecycle, SubscriptionChunkEnder setBased, SubscriptionLifecycle.Candidate[] chunk,
        Dictionary<Guid, int> grace, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            var due = new List<SubscriptionLifecycle.Candidate>(chunk.Length);
            foreach (var candidate in chunk)
            {
                if (!grace.TryGetValue(candidate.StoreId, out var hours))
                {
                    continue;
                }

                if (candidate.CurrentPeriodEnd.AddHours(hours) > now)
                {
                    await lifecycle.EndDueAsync(candidate, hours, now, cancellationToken); // moves the row's end; ends nothing
                    continue;
                }

                due.Add(candidate);
            }

            return await setBased.EndAsync(due, grace, now, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Rolled back (the transaction's disposal): nothing of the chunk was kept; one by one below.
            LogChunkFailed(logger, chunk.Length, exception.GetType().Name);
            db.ChangeTracker.Clear();
            return await EndOneByOneAsync(db, lifecycle, chunk, grace, now, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// SQL Server (no <c>RETURNING</c>): a chunk of due subscriptions in one transaction, each still by its own conditional UPDATE, its commands and
    /// event written with it, so exactly-once holds as before, but one commit (one log flush) serves the chunk. When any
    /// of them fails the chunk is rolled back and ended again one subscription per transaction, so one bad row never
    /// holds back the others.
    /// </summary>
    private async Task<int> EndChunkAsync(
        ApplicationDbContext db, SubscriptionLifecycle lifecycle, SubscriptionLifecycle.Candidate[] chunk,
        Dictionary<Guid, int> grace, DateTime now, CancellationToken cancellationToken)
    {
        if (chunk.Length > 1)
        {
            var ended = 0;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var candidate in chunk)
                {
                    if (grace.TryGetValue(candidate.StoreId, out var hours)
                        && await lifecycle.EndDueAsync(candidate, hours, now, cancellationToken))
                    {
                        ended++;
                    }

                    db.ChangeTracker.Clear();
                }

                await transaction.CommitAsync(cancellationToken);
                return ended;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Rolled back (the transaction's disposal): nothing of the chunk was kept; one by one below.
                db.ChangeTracker.Clear();
            }
        }

        return await EndOneByOneAsync(db, lifecycle, chunk, grace, now, cancellationToken);
    }

    private async Task<int> EndOneByOneAsync(
        ApplicationDbContext db, SubscriptionLifecycle lifecycle, SubscriptionLifecycle.Candidate[] candidates,
        Dictionary<Guid, int> grace, DateTime now, CancellationToken cancellationToken)
    {
        var ended = 0;
        foreach (var candidate in candidates)
        {
            try
            {
                if (grace.TryGetValue(candidate.StoreId, out var hours)
                    && await lifecycle.EndDueAsync(candidate, hours, now, cancellationToken))
                {
                    ended++;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // This one is left active and tried again next sweep; the others go on.
                LogEndFailed(logger, candidate.Id, exception.GetType().Name);
            }
            finally
            {
                // What one subscription added (saved, or left over by a failure) never reaches the next one.
                db.ChangeTracker.Clear();
            }
        }

        return ended;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping subscriptions failed ({ErrorType}); trying again next round.")]
    private static partial void LogSweepFailed(ILogger logger, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ending {Count} subscription(s) together failed ({ErrorType}); ending them one by one.")]
    private static partial void LogChunkFailed(ILogger logger, int count, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ending subscription {SubscriptionId} failed ({ErrorType}); it is tried again next round.")]
    private static partial void LogEndFailed(ILogger logger, Guid subscriptionId, string errorType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ended {Count} subscription(s) past their period and grace.")]
    private static partial void LogSwept(ILogger logger, int count);
}
