namespace FluxStore.Management.Domain.Webhooks;

/// <summary>The events a webhook endpoint can subscribe to (lower-case, dotted).</summary>
public static class WebhookEventTypes
{
    public const string OrderCreated = "order.created";
    public const string OrderRefunded = "order.refunded";
    public const string SubscriptionCreated = "subscription.created";
    public const string SubscriptionCancelled = "subscription.cancelled";
    public const string SubscriptionRenewed = "subscription.renewed";
    public const string SubscriptionExpired = "subscription.expired";
    public const string CommandDelivered = "command.delivered";
    public const string CommandFailed = "command.failed";
    public const string PackageCreated = "package.created";
    public const string PackageUpdated = "package.updated";
    public const string PackageDeleted = "package.deleted";

    /// <summary>Sent by <c>POST …/webhooks/{id}/test</c> to that endpoint only; cannot be subscribed to.</summary>
    public const string Test = "webhook.test";

    public static IReadOnlyList<string> All { get; } =
    [
        OrderCreated,
        OrderRefunded,
        SubscriptionCreated,
        SubscriptionCancelled,
        SubscriptionRenewed,
        SubscriptionExpired,
        CommandDelivered,
        CommandFailed,
        PackageCreated,
        PackageUpdated,
        PackageDeleted,
    ];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
