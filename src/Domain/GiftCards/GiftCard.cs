using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.GiftCards;

/// <summary>
/// A prepaid balance. The redemption code is never stored in plain text: <see cref="CodeHash"/> (SHA-256 of
/// the normalized code) serves lookups and <see cref="ProtectedCode"/> (encrypted with a key outside the
/// database) lets the owner read it back. <see cref="AmountCents"/> is the value issued and never changes;
/// <see cref="BalanceCents"/> starts equal to it and only goes down.
/// </summary>
public sealed class GiftCard : Entity, IStoreOwned
{
    public const int RecipientNameMaxLength = 100;
    public const int RecipientEmailMaxLength = 254;
    public const int MessageMaxLength = 500;
    public const int ProtectedCodeMaxLength = 1000;
    public const int MaxScopeIds = 100;
    public const int ScopeIdsMaxLength = 4000;

    private GiftCard()
    {
    }

    public GiftCard(
        Guid storeId,
        byte[] codeHash,
        string protectedCode,
        long amountCents,
        GiftCardScope scope,
        IReadOnlyCollection<Guid>? scopeIds,
        DateTime now)
    {
        if (amountCents <= 0)
        {
            throw new DomainRuleException("amount: a gift card must be worth more than zero.");
        }

        if (scope != GiftCardScope.Store && scopeIds is not { Count: > 0 })
        {
            throw new DomainRuleException($"A gift card limited to {scope.ToString().ToLowerInvariant()} needs at least one id.");
        }

        StoreId = storeId;
        CodeHash = codeHash;
        ProtectedCode = protectedCode;
        AmountCents = amountCents;
        BalanceCents = amountCents;
        Scope = scope;
        ScopeIds = scope == GiftCardScope.Store ? null : string.Join(' ', scopeIds!.Distinct());
        IsEnabled = true;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid StoreId { get; private set; }

    /// <summary>SHA-256 of the normalized code (upper case, no separators).</summary>
    public byte[] CodeHash { get; private set; } = [];

    /// <summary>The code encrypted with the application's data-protection key ring (not in the database).</summary>
    public string ProtectedCode { get; private set; } = string.Empty;

    public long AmountCents { get; private set; }

    public long BalanceCents { get; private set; }

    public GiftCardScope Scope { get; private set; }

    /// <summary>Space-separated package or category ids; null for <see cref="GiftCardScope.Store"/>.</summary>
    public string? ScopeIds { get; private set; }

    public IReadOnlyList<Guid> ScopeIdList =>
        ScopeIds?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList() ?? [];

    public string? RecipientName { get; private set; }

    /// <summary>Upper-case copy of <see cref="RecipientName"/> for case-insensitive search on every database.</summary>
    public string? NormalizedRecipientName { get; private set; }

    public string? RecipientEmail { get; private set; }

    public string? Message { get; private set; }

    public DateTime? ExpiresAt { get; private set; }

    public bool IsEnabled { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public void SetRecipientName(string? name)
    {
        RecipientName = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        NormalizedRecipientName = RecipientName?.ToUpperInvariant();
    }

    public void SetRecipientEmail(string? email) =>
        RecipientEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();

    public void SetMessage(string? message) =>
        Message = string.IsNullOrWhiteSpace(message) ? null : message;

    public void SetExpiresAt(DateTime? expiresAt) => ExpiresAt = expiresAt;

    public void SetEnabled(bool enabled) => IsEnabled = enabled;

    public void Touch(DateTime now) => UpdatedAt = now;

    public GiftCardStatus StatusAt(DateTime now) => StatusOf(IsEnabled, ExpiresAt, BalanceCents, now);

    public static GiftCardStatus StatusOf(bool isEnabled, DateTime? expiresAt, long balanceCents, DateTime now) =>
        !isEnabled ? GiftCardStatus.Disabled
        : expiresAt is { } expiry && expiry <= now ? GiftCardStatus.Expired
        : balanceCents <= 0 ? GiftCardStatus.Depleted
        : GiftCardStatus.Active;

    /// <summary>Takes up to <paramref name="cents"/> from the balance; returns what was taken.</summary>
    public long Debit(long cents, DateTime now)
    {
        if (cents <= 0)
        {
            throw new DomainRuleException("A gift card debit must be positive.");
        }

        if (StatusAt(now) != GiftCardStatus.Active)
        {
            throw new DomainRuleException("This gift card cannot be used.");
        }

        var taken = Math.Min(cents, BalanceCents);
        BalanceCents -= taken;
        UpdatedAt = now;
        return taken;
    }
}
