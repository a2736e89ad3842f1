using System.Diagnostics.Metrics;
using FluxStore.Management.Application.Common.Telemetry;
using FluxStore.Management.Domain.Webhooks;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Infrastructure.Observability;

/// <summary>
/// How far behind the webhook outbox and the plugin command queue are: two small aggregate queries, read at most
/// once per <see cref="CacheFor"/> whoever asks (Prometheus scrapes, <c>/health/ready</c>), so scraping often costs
/// the database nothing more. The outbox's age is how long its oldest due delivery has waited past its due time;
/// the queue's is the age of its oldest command not yet executed, cancelled or failed.
/// </summary>
public sealed class QueueBacklog(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private static QueueBacklog? _published;
    private static int _gauges;

    private readonly SemaphoreSlim _reading = new(1, 1);
    private Snapshot? _last;
    private DateTime _readAt;

    public sealed record Snapshot(int OutboxDue, TimeSpan OutboxOldestDueAge, int CommandsPending, TimeSpan OldestPendingCommandAge);

    /// <summary>Publishes the observable gauges of the <c>FluxStore</c> meter, answered by this instance.</summary>
    public void PublishGauges()
    {
        _published = this;
        if (Interlocked.Exchange(ref _gauges, 1) == 1)
        {
            return;
        }

        var meter = FluxStoreTelemetry.Meter;
        meter.CreateObservableGauge("fluxstore.outbox.due", () => Observe(s => s.OutboxDue), "{delivery}",
            "Webhook deliveries due now and not yet sent.");
        meter.CreateObservableGauge("fluxstore.outbox.oldest_due.age", () => Observe(s => s.OutboxOldestDueAge.TotalSeconds), "s",
            "How long the oldest due webhook delivery has waited past its due time (0 when none is due).");
        meter.CreateObservableGauge("fluxstore.plugin.commands.pending", () => Observe(s => s.CommandsPending), "{command}",
            "Game-server commands not yet executed, cancelled or failed.");
        meter.CreateObservableGauge("fluxstore.plugin.commands.oldest_pending.age", () => Observe(s => s.OldestPendingCommandAge.TotalSeconds), "s",
            "Age of the oldest game-server command not yet executed, cancelled or failed (0 when none).");
    }

    public void Unpublish() => Interlocked.CompareExchange(ref _published, null, this);

    private static IEnumerable<Measurement<T>> Observe<T>(Func<Snapshot, T> value)
        where T : struct
    {
        var snapshot = _published?.ReadCached();
        return snapshot is null ? [] : [new Measurement<T>(value(snapshot))];
    }

    /// <summary>The last reading if fresh, else a new one; null when the database cannot be read (the gauge is then absent).</summary>
    private Snapshot? ReadCached()
    {
        try
        {
            return ReadAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            return null;
        }
    }

    public async Task<Snapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_last is { } fresh && now - _readAt < CacheFor && now >= _readAt)
        {
            return fresh;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } other && now - _readAt < CacheFor && now >= _readAt)
            {
                return other;
            }

            _last = await QueryAsync(now, cancellationToken);
            _readAt = now;
            return _last;
        }
        finally
        {
            _reading.Release();
        }
    }

    private async Task<Snapshot> QueryAsync(DateTime now, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var outbox = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .GroupBy(d => 1)
            .Select(g => new { Count = g.Count(), Oldest = g.Min(d => d.NextAttemptAt) })
            .SingleOrDefaultAsync(cancellationToken);
        var commands = await db.PendingCommands.AsNoTracking()
            .Where(c => c.ExecutedAt == null && c.CancelledAt == null && c.FailedAt == null)
            .GroupBy(c => 1)
            .Select(g => new { Count = g.Count(), Oldest = g.Min(c => c.CreatedAt) })
            .SingleOrDefaultAsync(cancellationToken);
        return new Snapshot(
            outbox?.Count ?? 0,
            outbox is null ? TimeSpan.Zero : Positive(now - outbox.Oldest),
            commands?.Count ?? 0,
            commands is null ? TimeSpan.Zero : Positive(now - commands.Oldest));
    }

    private static TimeSpan Positive(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;
}
