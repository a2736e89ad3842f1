using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Infrastructure.Retention;

/// <summary>
/// <c>FluxStore:Retention:*</c>, validated at start-up: how long history is kept before <see cref="RetentionPruner"/>
/// deletes it. (Idempotency keys have their own setting, <c>FluxStore:Idempotency:Retention</c>, and pruner.)
/// </summary>
public sealed class RetentionOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Retention";

    /// <summary>Webhook delivery attempts, and finished deliveries (with their stored body), older than this are deleted.</summary>
    public TimeSpan WebhookDeliveries { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Events (the events API's <c>store_events</c> rows) older than this are deleted. The API lists the last 30 days
    /// whatever this says, so a shorter setting shortens what it can list.
    /// </summary>
    public TimeSpan Events { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Audit entries older than this are deleted.</summary>
    public TimeSpan AuditEntries { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How often each instance prunes.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted per statement: a pass deletes in batches of this size until nothing old is left.</summary>
    public int BatchSize { get; set; } = 1000;

    public IEnumerable<string> Problems()
    {
        if (WebhookDeliveries < TimeSpan.FromDays(1) || WebhookDeliveries > TimeSpan.FromDays(3650))
            yield return $"{Section}:WebhookDeliveries must be between 1 day and 3650 days.";
        if (Events < TimeSpan.FromDays(1) || Events > TimeSpan.FromDays(3650))
            yield return $"{Section}:Events must be between 1 day and 3650 days.";
        if (AuditEntries < TimeSpan.FromDays(1) || AuditEntries > TimeSpan.FromDays(36500))
            yield return $"{Section}:AuditEntries must be between 1 day and 36500 days.";
        if (PruneInterval < TimeSpan.FromMilliseconds(10) || PruneInterval > TimeSpan.FromDays(1))
            yield return $"{Section}:PruneInterval must be between 10 ms and 1 day.";
        if (BatchSize is < 1 or > 100_000)
            yield return $"{Section}:BatchSize must be between 1 and 100000.";
    }
}
