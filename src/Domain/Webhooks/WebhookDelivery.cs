using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Webhooks;

/// <summary>
/// The outbox: one event for one endpoint, written in the same transaction as the change that raised it, then
/// delivered (and retried) by the dispatcher. <see cref="Payload"/> is the exact JSON body that is signed and sent.
/// A dispatcher owns a row while <see cref="LeaseToken"/> is set and <see cref="LeaseExpiresAt"/> is in the future.
/// </summary>
public sealed class WebhookDelivery : Entity, IStoreOwned
{
    public const int EventTypeMaxLength = 64;

    private WebhookDelivery()
    {
    }

    public WebhookDelivery(Guid storeId, Guid endpointId, Guid eventId, string eventType, string payload, DateTime now)
    {
        StoreId = storeId;
        EndpointId = endpointId;
        EventId = eventId;
        EventType = eventType;
        Payload = payload;
        Status = WebhookDeliveryStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid StoreId { get; private set; }

    public Guid EndpointId { get; private set; }

    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = string.Empty;

    public string Payload { get; private set; } = string.Empty;

    public WebhookDeliveryStatus Status { get; private set; }

    public int AttemptCount { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public Guid? LeaseToken { get; private set; }

    public DateTime? LeaseExpiresAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>
    /// The W3C <c>traceparent</c> of the request (or job) that wrote the row, so the delivery's span joins the
    /// trace of the change that raised it. Null when nothing was tracing.
    /// </summary>
    public string? TraceParent { get; private set; }

    public const int TraceParentMaxLength = 55;

    /// <summary>Keeps <paramref name="traceParent"/> when it has the W3C length (version 00); anything else is dropped.</summary>
    public WebhookDelivery TracedBy(string? traceParent)
    {
        TraceParent = traceParent is { Length: TraceParentMaxLength } ? traceParent : null;
        return this;
    }

    /// <summary>A fresh delivery of the same event (same id and body) to the same endpoint.</summary>
    public WebhookDelivery Resend(DateTime now) => new(StoreId, EndpointId, EventId, EventType, Payload, now);

    /// <summary>Records one attempt and decides what comes next; releases the lease.</summary>
    public WebhookDeliveryAttempt RecordAttempt(int? statusCode, long durationMs, string? error, DateTime now, DateTime? retryAt)
    {
        AttemptCount++;
        var succeeded = error is null && statusCode is >= 200 and < 300;
        if (succeeded)
        {
            Status = WebhookDeliveryStatus.Succeeded;
            CompletedAt = now;
        }
        else if (retryAt is { } next)
        {
            NextAttemptAt = next;
        }
        else
        {
            Status = WebhookDeliveryStatus.Failed;
            CompletedAt = now;
        }

        LeaseToken = null;
        LeaseExpiresAt = null;
        return new WebhookDeliveryAttempt(this, AttemptCount, statusCode, durationMs, succeeded, error, now);
    }
}
