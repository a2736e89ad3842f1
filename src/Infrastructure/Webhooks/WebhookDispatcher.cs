using FluxStore.Management.Application.Common.Telemetry;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Webhooks;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary>
/// Delivers the webhook outbox. Each poll leases due rows with one conditional UPDATE (rows whose lease is absent or
/// expired get this poll's token), so two API instances never send the same attempt; a crashed instance's rows come
/// back when their lease expires. Each attempt is recorded, and the result is saved only if the lease is still ours.
/// <para>
/// Fairness: this instance keeps at most <see cref="WebhookOptions.MaxInFlight"/> deliveries in flight, and at most
/// <see cref="WebhookOptions.MaxInFlightPerStore"/> of any one store. A poll picks among the oldest due rows of the
/// stores that have a free slot, one store at a time in turn (stores waiting longest first), so a store whose
/// receivers hang holds a few slots and no more. Every delivery runs on its own and frees its slot when it
/// finishes, which wakes the poll at once: there is no batch to wait for.
/// </para>
/// Each attempt to an active endpoint counts for its <see cref="WebhookCircuitBreaker"/>.
/// </summary>
public sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    IWebhookSecretProtector secrets,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    /// <summary>What a poll reads at most to choose from (the oldest due rows of the stores with a free slot).</summary>
    private const int CandidateRows = 500;

    private readonly WebhookSender _sender = new(httpClients, secrets, options, clock);
    private readonly WebhookCircuitBreaker _breaker = new(options, logger);
    private readonly Lock _slots = new();
    private readonly Dictionary<Guid, int> _inFlightByStore = [];
    private readonly Dictionary<Guid, Task> _running = [];
    private readonly SemaphoreSlim _slotFreed = new(0, 1);
    private int _inFlight;
    private long _polls;

    private WebhookOptions Options => options.Value;

    /// <summary>Deliveries this instance is sending right now.</summary>
    public int InFlight
    {
        get
        {
            lock (_slots)
            {
                return _inFlight;
            }
        }
    }

    /// <summary>Polls finished (leased or failed) since start: lets a caller wait for the next one instead of for a time.</summary>
    public long CompletedPolls => Interlocked.Read(ref _polls);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.DispatcherEnabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var mayHaveMore = false;
                try
                {
                    mayHaveMore = await DispatchDueAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    LogPollFailed(logger, exception.GetType().Name);
                }

                Interlocked.Increment(ref _polls);

                if (!mayHaveMore)
                {
                    try
                    {
                        // A finished delivery frees a slot and wakes the poll at once; otherwise poll on the interval.
                        await _slotFreed.WaitAsync(Options.PollInterval, stoppingToken);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }
            }
        }
        finally
        {
            Task[] running;
            lock (_slots)
            {
                running = [.. _running.Values];
            }

            // They observe the stopping token; an unsaved one comes back to some instance when its lease ends.
            await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// Leases what the free slots allow and starts sending it; returns true when every slot offered was filled (so
    /// more may be due at once).
    /// </summary>
    public async Task<bool> DispatchDueAsync(CancellationToken cancellationToken)
    {
        int free;
        List<Guid> storesAtCap;
        Dictionary<Guid, int> storeSlots;
        lock (_slots)
        {
            free = Math.Min(Options.BatchSize, Options.MaxInFlight - _inFlight);
            storesAtCap = _inFlightByStore.Where(s => s.Value >= Options.MaxInFlightPerStore).Select(s => s.Key).ToList();
            storeSlots = _inFlightByStore.ToDictionary(s => s.Key, s => Options.MaxInFlightPerStore - s.Value);
        }

        if (free <= 0)
        {
            return false;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid();

        var candidates = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
            .Where(d => !storesAtCap.Contains(d.StoreId))
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.StoreId })
            .Take(CandidateRows)
            .ToListAsync(cancellationToken);
        var due = RoundRobinPicker.Pick(candidates.Select(c => (c.Id, c.StoreId)), storeSlots, Options.MaxInFlightPerStore, free);
        if (due.Count == 0)
        {
            return false;
        }

        // A span only for a poll that found work: an idle poll (every PollInterval) is not worth a trace.
        using var span = FluxStoreTelemetry.Source.StartActivity("webhook.dispatch");
        span?.SetTag("fluxstore.webhook.due", due.Count);
        var leaseUntil = now + Options.LeaseDuration;
        await db.WebhookDeliveries
            .Where(d => due.Contains(d.Id) && d.Status == WebhookDeliveryStatus.Pending && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseToken, token).SetProperty(d => d.LeaseExpiresAt, leaseUntil), cancellationToken);

        var leased = await db.WebhookDeliveries.AsNoTracking().Where(d => d.LeaseToken == token).ToListAsync(cancellationToken);
        if (leased.Count == 0)
        {
            return false;
        }

        var endpointIds = leased.Select(d => d.EndpointId).Distinct().ToList();
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);

        foreach (var delivery in leased)
        {
            Start(delivery, endpoints.GetValueOrDefault(delivery.EndpointId), cancellationToken);
        }

        return due.Count == free;
    }

    private void Start(WebhookDelivery delivery, WebhookEndpoint? endpoint, CancellationToken cancellationToken)
    {
        lock (_slots)
        {
            _inFlight++;
            _inFlightByStore[delivery.StoreId] = _inFlightByStore.GetValueOrDefault(delivery.StoreId) + 1;
            var run = Guid.NewGuid();
            _running[run] = Task.Run(() => DeliverAsync(run, delivery, endpoint, cancellationToken), CancellationToken.None);
        }
    }

    private async Task DeliverAsync(Guid run, WebhookDelivery delivery, WebhookEndpoint? endpoint, CancellationToken cancellationToken)
    {
        using var span = DeliverySpan.Start(delivery);
        try
        {
            var result = await _sender.SendAsync(delivery, endpoint, cancellationToken);
            await SaveResultAsync(delivery, endpoint, result, cancellationToken);
            DeliverySpan.Record(span, result);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and the delivery is sent again by whoever polls next.
        }
        catch (DbUpdateConcurrencyException)
        {
            // A lease ran out and another instance took the row over: its result is the one that counts.
            LogLeaseLost(logger);
        }
        catch (Exception exception)
        {
            LogSaveFailed(logger, exception.GetType().Name);
        }
        finally
        {
            lock (_slots)
            {
                _inFlight--;
                var left = _inFlightByStore[delivery.StoreId] - 1;
                if (left == 0)
                {
                    _inFlightByStore.Remove(delivery.StoreId);
                }
                else
                {
                    _inFlightByStore[delivery.StoreId] = left;
                }

                _running.Remove(run);
            }

            if (_slotFreed.CurrentCount == 0)
            {
                try
                {
                    _slotFreed.Release();
                }
                catch (SemaphoreFullException)
                {
                    // Another finished delivery already woke the poll.
                }
            }
        }
    }

    /// <summary>Saves the attempt (only while the lease is ours) and, for an active endpoint, counts it for the circuit breaker in the same transaction.</summary>
    private async Task SaveResultAsync(WebhookDelivery delivery, WebhookEndpoint? endpoint, WebhookSender.AttemptResult result, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        db.WebhookDeliveries.Attach(delivery);
        var attempt = Record(db, delivery, result);
        if (endpoint is not { IsActive: true } || result.NotSent)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await _breaker.CountAsync(db, endpoint.Id, delivery.StoreId, attempt.Succeeded, attempt.AttemptedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private WebhookDeliveryAttempt Record(ApplicationDbContext db, WebhookDelivery delivery, WebhookSender.AttemptResult result)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? retryAt = null;
        if (!result.Final)
        {
            var next = now + Options.RetryDelay(delivery.AttemptCount + 1);
            if (next <= delivery.CreatedAt + Options.MaxDeliveryAge)
            {
                retryAt = next;
            }
        }

        var attempt = delivery.RecordAttempt(result.StatusCode, result.DurationMs, result.Error, now, retryAt);
        db.WebhookDeliveryAttempts.Add(attempt);
        return attempt;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook dispatch poll failed ({ExceptionType}); retrying at the next poll.")]
    private static partial void LogPollFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "A webhook delivery's lease expired before its result was saved; another dispatcher owns it.")]
    private static partial void LogLeaseLost(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving a webhook delivery's result failed ({ExceptionType}); it is sent again when its lease ends.")]
    private static partial void LogSaveFailed(ILogger logger, string exceptionType);
}
