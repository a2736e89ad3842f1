using System.Diagnostics;
using FluxStore.Management.Application.Common.Telemetry;
using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary>
/// The span of one webhook delivery attempt. It continues the trace of the request that wrote the outbox row (its
/// stored <c>traceparent</c>), so the order, its database work and every delivery of its events read as one trace;
/// it links to the dispatcher poll that leased it. Its outcome is counted on the <c>FluxStore</c> meter.
/// </summary>
internal static class DeliverySpan
{
    public static Activity? Start(WebhookDelivery delivery)
    {
        var poll = Activity.Current;
        ActivityLink[]? links = poll is null ? null : [new ActivityLink(poll.Context)];
        var parent = ActivityContext.TryParse(delivery.TraceParent, null, isRemote: true, out var written)
            ? written
            : poll?.Context ?? default;
        var span = FluxStoreTelemetry.Source.StartActivity("webhook.deliver", ActivityKind.Producer, parent, links: links);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag("fluxstore.webhook.delivery_id", delivery.Id.ToString());
            span.SetTag("fluxstore.webhook.event_id", delivery.EventId.ToString());
            span.SetTag("fluxstore.webhook.event_type", delivery.EventType);
            span.SetTag("fluxstore.webhook.attempt", delivery.AttemptCount + 1);
            span.SetTag("fluxstore.store_id", delivery.StoreId.ToString());
        }

        return span;
    }

    public static void Record(Activity? span, WebhookSender.AttemptResult result)
    {
        var outcome = result.NotSent ? "not_sent" : result.Error is null && result.StatusCode is >= 200 and < 300 ? "succeeded" : "failed";
        FluxStoreTelemetry.WebhookAttempt(outcome, result.DurationMs / 1000d, sent: !result.NotSent);
        if (span is null)
        {
            return;
        }

        span.SetTag("fluxstore.webhook.outcome", outcome);
        if (result.StatusCode is { } status)
        {
            span.SetTag("http.response.status_code", status);
        }

        if (outcome != "succeeded")
        {
            span.SetStatus(ActivityStatusCode.Error, result.Error);
        }
    }
}
