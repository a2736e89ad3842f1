namespace FluxStore.Management.Domain.Audit;

/// <summary>Action names written to the audit trail.</summary>
public static class AuditActions
{
    public const string GiftCardCodeRevealed = "giftcard.code.revealed";
}
