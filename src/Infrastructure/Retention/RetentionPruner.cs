using FluxStore.Management.Application.Common.Telemetry;
using FluxStore.Management.Domain.Webhooks;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Retention;

/// <summary>
/// Every <see cref="RetentionOptions.PruneInterval"/>, in each instance: deletes webhook delivery attempts and finished
/// deliveries older than <see cref="RetentionOptions.WebhookDeliveries"/>, events older than
/// <see cref="RetentionOptions.Events"/> and audit entries older than
/// <see cref="RetentionOptions.AuditEntries"/>. Each statement deletes at most <see cref="RetentionOptions.BatchSize"/>
/// rows (the oldest, chosen by an id subquery on a time index), so no statement holds locks for long; a pass repeats
/// until a batch comes back short. Two instances pruning at once delete disjoint or already-deleted rows: harmless.
/// A failed pass (the database away) is logged and tried again next round.
/// </summary>
public sealed partial class RetentionPruner(
    IServiceScopeFactory scopes,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    ILogger<RetentionPruner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.PruneInterval, clock, stoppingToken);
                using var span = FluxStoreTelemetry.Source.StartActivity("retention.prune");
                await PruneAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogPruneFailed(logger, exception.GetType().Name);
            }
        }
    }

    /// <summary>One pass; returns how many rows were deleted.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var deliveriesBefore = now - settings.WebhookDeliveries;
        var eventsBefore = now - settings.Events;
        var auditBefore = now - settings.AuditEntries;
        var batch = settings.BatchSize;

        // Attempts first; then finished deliveries, whose attempts are all older than their completion (so the
        // cascade removes nothing younger than the cut-off). A pending delivery is never pruned.
        var attempts = await DeleteInBatchesAsync(db =>
        {
            var oldest = db.WebhookDeliveryAttempts.Where(a => a.AttemptedAt < deliveriesBefore).OrderBy(a => a.AttemptedAt).Select(a => a.Id).Take(batch);
            return db.WebhookDeliveryAttempts.Where(a => oldest.Contains(a.Id));
        }, batch, cancellationToken);
        var deliveries = await DeleteInBatchesAsync(db =>
        {
            var oldest = db.WebhookDeliveries
                .Where(d => d.CompletedAt < deliveriesBefore && d.Status != WebhookDeliveryStatus.Pending)
                .OrderBy(d => d.CompletedAt).Select(d => d.Id).Take(batch);
            return db.WebhookDeliveries.Where(d => oldest.Contains(d.Id));
        }, batch, cancellationToken);
        var events = await DeleteInBatchesAsync(db =>
        {
            var oldest = db.StoreEvents.Where(e => e.CreatedAt < eventsBefore).OrderBy(e => e.CreatedAt).Select(e => e.Id).Take(batch);
            return db.StoreEvents.Where(e => oldest.Contains(e.Id));
        }, batch, cancellationToken);
        var audit = await DeleteInBatchesAsync(db =>
        {
            var oldest = db.AuditEntries.Where(a => a.CreatedAt < auditBefore).OrderBy(a => a.CreatedAt).Select(a => a.Id).Take(batch);
            return db.AuditEntries.Where(a => oldest.Contains(a.Id));
        }, batch, cancellationToken);

        if (attempts + deliveries + events + audit > 0)
        {
            LogPruned(logger, attempts, deliveries, events, audit);
        }

        return attempts + deliveries + events + audit;
    }

    private async Task<int> DeleteInBatchesAsync<T>(Func<ApplicationDbContext, IQueryable<T>> rows, int batch, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var total = 0;
        while (true)
        {
            var deleted = await rows(db).ExecuteDeleteAsync(cancellationToken);
            total += deleted;
            if (deleted < batch)
            {
                return total;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning old webhook deliveries, events and audit entries failed ({ErrorType}); trying again next round.")]
    private static partial void LogPruneFailed(ILogger logger, string errorType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Attempts} webhook delivery attempts, {Deliveries} webhook deliveries, {Events} events and {AuditEntries} audit entries past their retention.")]
    private static partial void LogPruned(ILogger logger, int attempts, int deliveries, int events, int auditEntries);
}
