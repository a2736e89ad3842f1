using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Application.Common.Privacy;
using FluxStore.Management.Domain.GiftCards;

namespace FluxStore.Management.Application.GiftCards;

/// <summary>A gift card as the Store API shows it: never its code, and the recipient's email masked.</summary>
public sealed record GiftCardDto
{
    public Guid Id { get; init; }

    public decimal Amount { get; init; }

    public decimal Balance { get; init; }

    /// <summary>"active", "expired", "depleted" or "disabled".</summary>
    public string Status { get; init; } = string.Empty;

    public bool IsEnabled { get; init; }

    /// <summary>"store", "packages" or "categories".</summary>
    public string ApplicationScope { get; init; } = string.Empty;

    /// <summary>The packages the card pays for when <see cref="ApplicationScope"/> is "packages"; empty otherwise.</summary>
    public IReadOnlyList<Guid> PackageIds { get; init; } = [];

    /// <summary>The categories the card pays for when <see cref="ApplicationScope"/> is "categories"; empty otherwise.</summary>
    public IReadOnlyList<Guid> CategoryIds { get; init; } = [];

    public string? RecipientName { get; init; }

    /// <summary>Masked: <c>j***@example.com</c>.</summary>
    public string? RecipientEmail { get; init; }

    public string? Message { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }
}

/// <summary>The columns a gift card response needs (neither the code hash nor the encrypted code).</summary>
internal sealed record GiftCardRow(
    Guid Id,
    long AmountCents,
    long BalanceCents,
    GiftCardScope Scope,
    string? ScopeIds,
    string? RecipientName,
    string? RecipientEmail,
    string? Message,
    DateTime? ExpiresAt,
    bool IsEnabled,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public GiftCardDto ToDto(DateTime now)
    {
        var ids = ScopeIds?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList() ?? [];
        return new GiftCardDto
        {
            Id = Id,
            Amount = Money.FromCents(AmountCents),
            Balance = Money.FromCents(BalanceCents),
            Status = WireNames.Of(GiftCard.StatusOf(IsEnabled, ExpiresAt, BalanceCents, now)),
            IsEnabled = IsEnabled,
            ApplicationScope = WireNames.Of(Scope),
            PackageIds = Scope == GiftCardScope.Packages ? ids : [],
            CategoryIds = Scope == GiftCardScope.Categories ? ids : [],
            RecipientName = RecipientName,
            RecipientEmail = EmailMask.Mask(RecipientEmail),
            Message = Message,
            ExpiresAt = ExpiresAt,
            CreatedAt = CreatedAt,
            UpdatedAt = UpdatedAt,
        };
    }
}

internal static class GiftCardQueries
{
    public static IQueryable<GiftCard> ForStore(IApplicationDbContext db, Guid storeId) =>
        db.GiftCards.AsNoTracking().Where(g => g.StoreId == storeId);

    public static IQueryable<GiftCardRow> ToRows(this IQueryable<GiftCard> query) =>
        query.Select(g => new GiftCardRow(
            g.Id,
            g.AmountCents,
            g.BalanceCents,
            g.Scope,
            g.ScopeIds,
            g.RecipientName,
            g.RecipientEmail,
            g.Message,
            g.ExpiresAt,
            g.IsEnabled,
            g.CreatedAt,
            g.UpdatedAt));

    /// <summary>The same precedence as <see cref="GiftCard.StatusOf"/>, as a database filter.</summary>
    public static IQueryable<GiftCard> WithStatus(this IQueryable<GiftCard> query, GiftCardStatus status, DateTime now) => status switch
    {
        GiftCardStatus.Disabled => query.Where(g => !g.IsEnabled),
        GiftCardStatus.Expired => query.Where(g => g.IsEnabled && g.ExpiresAt != null && g.ExpiresAt <= now),
        GiftCardStatus.Depleted => query.Where(g => g.IsEnabled && (g.ExpiresAt == null || g.ExpiresAt > now) && g.BalanceCents <= 0),
        _ => query.Where(g => g.IsEnabled && (g.ExpiresAt == null || g.ExpiresAt > now) && g.BalanceCents > 0),
    };

    public static async Task<GiftCardDto> LoadDtoAsync(IApplicationDbContext db, Guid storeId, Guid id, DateTime now, CancellationToken ct)
    {
        var row = await ForStore(db, storeId).Where(g => g.Id == id).ToRows().FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Gift card");
        return row.ToDto(now);
    }
}
