using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FluxStore.Management.Application.Common.Telemetry;

/// <summary>
/// The <c>FluxStore</c> activity source and meter. Instruments cost next to nothing while nothing listens (metrics
/// and tracing off); callers record after their work committed, never inside a transaction. Prometheus names follow
/// from the instrument names: dots become underscores, counters end in <c>_total</c>, a unit of <c>s</c> adds
/// <c>_seconds</c> (<c>fluxstore.orders.created</c> is scraped as <c>fluxstore_orders_created_total</c>).
/// </summary>
public static class FluxStoreTelemetry
{
    public const string Name = "FluxStore";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    private static readonly Counter<long> OrdersCreated = Meter.CreateCounter<long>(
        "fluxstore.orders.created", "{order}", "Orders placed (committed), by store currency.");

    private static readonly Counter<double> OrdersCreatedAmount = Meter.CreateCounter<double>(
        "fluxstore.orders.created.amount", null, "Total of the orders placed, in the currency's major unit, by store currency.");

    private static readonly Counter<long> OrdersRefunded = Meter.CreateCounter<long>(
        "fluxstore.orders.refunded", "{refund}", "Refunds (whole or partial, committed), by store currency.");

    private static readonly Counter<double> OrdersRefundedAmount = Meter.CreateCounter<double>(
        "fluxstore.orders.refunded.amount", null, "Amount refunded, in the currency's major unit, by store currency.");

    private static readonly Counter<long> CommandsQueued = Meter.CreateCounter<long>(
        "fluxstore.plugin.commands.queued", "{command}", "Game-server commands queued (purchase, refund, renewal, expiry).");

    private static readonly Counter<long> CommandsLeased = Meter.CreateCounter<long>(
        "fluxstore.plugin.commands.leased", "{command}", "Commands handed to a plugin poll.");

    private static readonly Counter<long> CommandsDelivered = Meter.CreateCounter<long>(
        "fluxstore.plugin.commands.delivered", "{command}", "Commands a plugin reported as executed.");

    private static readonly Counter<long> CommandsFailed = Meter.CreateCounter<long>(
        "fluxstore.plugin.commands.failed", "{command}", "Command failures a plugin reported.");

    private static readonly Counter<long> WebhookDeliveries = Meter.CreateCounter<long>(
        "fluxstore.webhook.deliveries", "{attempt}", "Webhook delivery attempts, by outcome (succeeded, failed, not_sent).");

    private static readonly Histogram<double> WebhookDuration = Meter.CreateHistogram<double>(
        "fluxstore.webhook.delivery.duration", "s", "How long a receiver took to answer a webhook delivery.");

    private static readonly Counter<long> RateLimitRefusals = Meter.CreateCounter<long>(
        "fluxstore.rate_limit.refusals", "{request}", "Requests refused by a rate limit or throttle, by kind.");

    private static readonly Counter<long> CacheHits = Meter.CreateCounter<long>(
        "fluxstore.cache.hits", "{lookup}", "Lookups answered from an in-process cache, by cache.");

    private static readonly Counter<long> CacheMisses = Meter.CreateCounter<long>(
        "fluxstore.cache.misses", "{lookup}", "Lookups that went to the database, by cache.");

    private static readonly Counter<long> IdempotentReplays = Meter.CreateCounter<long>(
        "fluxstore.idempotency.replays", "{request}", "Requests answered with the stored response of an earlier one (Idempotency-Key).");

    /// <summary><c>FluxStore:Metrics:PerStore</c>: label the order counters with the store id (one series per store).</summary>
    public static bool PerStore { get; set; }

    public static void OrderCreated(Guid storeId, string currency, long totalCents, int commandsQueued)
    {
        if (OrdersCreated.Enabled)
        {
            var tags = OrderTags(storeId, currency);
            OrdersCreated.Add(1, tags);
            OrdersCreatedAmount.Add(totalCents / 100d, tags);
        }

        Add(CommandsQueued, commandsQueued);
    }

    public static void OrderRefunded(Guid storeId, string currency, long amountCents, int commandsQueued)
    {
        if (OrdersRefunded.Enabled)
        {
            var tags = OrderTags(storeId, currency);
            OrdersRefunded.Add(1, tags);
            OrdersRefundedAmount.Add(amountCents / 100d, tags);
        }

        Add(CommandsQueued, commandsQueued);
    }

    public static void CommandsQueuedBy(int count) => Add(CommandsQueued, count);

    public static void CommandsLeasedBy(int count) => Add(CommandsLeased, count);

    public static void CommandsDeliveredBy(int count) => Add(CommandsDelivered, count);

    public static void CommandsFailedBy(int count) => Add(CommandsFailed, count);

    /// <summary><paramref name="outcome"/>: <c>succeeded</c>, <c>failed</c> or <c>not_sent</c>.</summary>
    public static void WebhookAttempt(string outcome, double seconds, bool sent)
    {
        WebhookDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        if (sent)
        {
            WebhookDuration.Record(seconds, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    /// <summary><paramref name="kind"/>: which limit refused, e.g. <c>store_api</c>, <c>dashboard</c>, <c>sign_in</c>, <c>bad_key</c>, <c>anonymous</c>.</summary>
    public static void RateLimitRefused(string kind) => RateLimitRefusals.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public static void CacheLookup(string cache, bool hit) =>
        (hit ? CacheHits : CacheMisses).Add(1, new KeyValuePair<string, object?>("cache", cache));

    public static void IdempotentReplay() => IdempotentReplays.Add(1);

    private static void Add(Counter<long> counter, int count)
    {
        if (count > 0)
        {
            counter.Add(count);
        }
    }

    private static TagList OrderTags(Guid storeId, string currency)
    {
        var tags = new TagList { { "currency", currency } };
        if (PerStore)
        {
            tags.Add("store_id", storeId.ToString());
        }

        return tags;
    }
}
