namespace FluxStore.Management.Domain.Audit;

/// <summary>Action names written to the audit trail.</summary>
public static class AuditActions
{
    public const string GiftCardCodeRevealed = "giftcard.code.revealed";

    public const string InvitationCreated = "member.invitation.created";

    public const string InvitationRevoked = "member.invitation.revoked";

    public const string InvitationAccepted = "member.invitation.accepted";

    public const string InvitationDeclined = "member.invitation.declined";

    /// <summary>The webhook circuit breaker turned an endpoint off after its deliveries kept failing (no actor).</summary>
    public const string WebhookEndpointDisabled = "webhook.endpoint.disabled";
}
