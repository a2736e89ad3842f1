namespace FluxStore.Management.Domain.Audit;

/// <summary>Target type names written to the audit trail.</summary>
public static class AuditTargets
{
    public const string GiftCard = "GiftCard";

    public const string StoreInvitation = "StoreInvitation";

    public const string WebhookEndpoint = "WebhookEndpoint";
}
