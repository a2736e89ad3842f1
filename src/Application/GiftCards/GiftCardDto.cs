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

/// <summary>
/// Project with <c>new { now }</c>: the status is the domain's <see cref="GiftCard.StatusOf"/> at that time. The
/// projection reads the columns a response needs only, never the code hash nor the encrypted code.
/// </summary>
public sealed class GiftCardMappingProfile : Profile
{
    public GiftCardMappingProfile()
    {
        var now = default(DateTime);
        CreateMap<GiftCard, GiftCardDto>()
            .ForMember(d => d.Amount, o => o.MapFrom(g => Money.FromCents(g.AmountCents)))
            .ForMember(d => d.Balance, o => o.MapFrom(g => Money.FromCents(g.BalanceCents)))
            .ForMember(d => d.Status, o => o.MapFrom(g => WireNames.Of(GiftCard.StatusOf(g.IsEnabled, g.ExpiresAt, g.BalanceCents, now))))
            .ForMember(d => d.ApplicationScope, o => o.MapFrom(g => WireNames.Of(g.Scope)))
            .ForMember(d => d.PackageIds, o => o.MapFrom(g => ScopedIds(g.Scope, g.ScopeIds, GiftCardScope.Packages)))
            .ForMember(d => d.CategoryIds, o => o.MapFrom(g => ScopedIds(g.Scope, g.ScopeIds, GiftCardScope.Categories)))
            .ForMember(d => d.RecipientEmail, o => o.MapFrom(g => EmailMask.Mask(g.RecipientEmail)));
    }

    /// <summary>The ids of the stored space-separated list when the card's scope is <paramref name="wanted"/>; empty otherwise.</summary>
    public static IReadOnlyList<Guid> ScopedIds(GiftCardScope scope, string? scopeIds, GiftCardScope wanted) =>
        scope == wanted && scopeIds is not null
            ? scopeIds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList()
            : [];
}

internal static class GiftCardQueries
{
    public static IQueryable<GiftCard> ForStore(IApplicationDbContext db, Guid storeId) =>
        db.GiftCards.AsNoTracking().Where(g => g.StoreId == storeId);

    /// <summary>The same precedence as <see cref="GiftCard.StatusOf"/>, as a database filter.</summary>
    public static IQueryable<GiftCard> WithStatus(this IQueryable<GiftCard> query, GiftCardStatus status, DateTime now) => status switch
    {
        GiftCardStatus.Disabled => query.Where(g => !g.IsEnabled),
        GiftCardStatus.Expired => query.Where(g => g.IsEnabled && g.ExpiresAt != null && g.ExpiresAt <= now),
        GiftCardStatus.Depleted => query.Where(g => g.IsEnabled && (g.ExpiresAt == null || g.ExpiresAt > now) && g.BalanceCents <= 0),
        _ => query.Where(g => g.IsEnabled && (g.ExpiresAt == null || g.ExpiresAt > now) && g.BalanceCents > 0),
    };

    public static async Task<GiftCardDto> LoadDtoAsync(IApplicationDbContext db, IConfigurationProvider mapping, Guid storeId, Guid id, DateTime now, CancellationToken ct) =>
        await ForStore(db, storeId).Where(g => g.Id == id).ProjectTo<GiftCardDto>(mapping, new { now }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Gift card");
}
