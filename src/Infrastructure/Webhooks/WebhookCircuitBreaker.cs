using FluxStore.Management.Domain.Audit;
using FluxStore.Management.Infrastructure.Authentication;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary>
/// Each attempt to an active endpoint moves its failure count (a success clears it); after
/// <see cref="WebhookOptions.CircuitBreakerFailures"/> failures in a row spread over at least
/// <see cref="WebhookOptions.CircuitBreakerMinDuration"/> the endpoint is turned off, once (one instance wins the
/// conditional UPDATE), with an audit entry.
/// </summary>
internal sealed partial class WebhookCircuitBreaker(IOptions<WebhookOptions> options, ILogger logger)
{
    public const string Reason = "Turned off automatically: deliveries kept failing (consecutive failures over more than the configured time). Fix the receiver, then set isActive to true.";

    /// <summary>Runs inside the transaction that saves the attempt.</summary>
    public async Task CountAsync(ApplicationDbContext db, Guid endpointId, Guid storeId, bool succeeded, DateTime now, CancellationToken cancellationToken)
    {
        if (succeeded)
        {
            await db.WebhookEndpoints
                .Where(e => e.Id == endpointId && (e.ConsecutiveFailures != 0 || e.FailingSince != null))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConsecutiveFailures, 0).SetProperty(e => e.FailingSince, (DateTime?)null), cancellationToken);
            return;
        }

        await db.WebhookEndpoints
            .Where(e => e.Id == endpointId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.ConsecutiveFailures, e => e.ConsecutiveFailures + 1)
                    .SetProperty(e => e.FailingSince, e => e.FailingSince ?? now),
                cancellationToken);
        var failures = options.Value.CircuitBreakerFailures;
        var failingBefore = now - options.Value.CircuitBreakerMinDuration;
        var tripped = await db.WebhookEndpoints
            .Where(e => e.Id == endpointId && e.IsActive && e.ConsecutiveFailures >= failures && e.FailingSince <= failingBefore)
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.IsActive, false)
                    .SetProperty(e => e.DisabledAt, now)
                    .SetProperty(e => e.DisabledReason, Reason)
                    .SetProperty(e => e.UpdatedAt, now),
                cancellationToken);
        if (tripped == 1)
        {
            db.AuditEntries.Add(new AuditEntry(storeId, null, AuditActions.WebhookEndpointDisabled, AuditTargets.WebhookEndpoint, endpointId, now));

            // The outbox's cached list of active endpoints must forget this one, here and on every instance.
            db.AddStoreChange();
            await db.SaveChangesAsync(cancellationToken);
            LogEndpointDisabled(logger, endpointId, storeId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook endpoint {EndpointId} of store {StoreId} turned off by the circuit breaker: its deliveries kept failing.")]
    private static partial void LogEndpointDisabled(ILogger logger, Guid endpointId, Guid storeId);
}
