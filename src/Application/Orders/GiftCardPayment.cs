using FluxStore.Management.Application.GiftCards;
using FluxStore.Management.Domain.GiftCards;
using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Application.Orders;

/// <summary>
/// A gift card paying (part of) a manual order: looked up by the hash of its code within the caller's store, checked
/// before the order's transaction, and debited inside it with a conditional UPDATE on the card row.
/// </summary>
public static class GiftCardPayment
{
    public const int CodeMaxLength = 64;

    /// <summary>
    /// Finds the card and works out the most it may pay: the order's total after the coupon, or for a card limited
    /// to packages or categories the total of the items it covers (capped at that). An unknown code (including
    /// another store's card), a disabled, expired or empty card, or a card that covers no item → 400.
    /// </summary>
    public static async Task<Payable?> PriceAsync(
        IApplicationDbContext db,
        ISecretHasher hasher,
        Guid storeId,
        string? code,
        IReadOnlyList<(Package Package, long LineTotalCents)> lines,
        long totalAfterCouponCents,
        DateTime now,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var hash = GiftCardCodes.Hash(hasher, code);
        var card = await db.GiftCards.AsNoTracking()
            .FirstOrDefaultAsync(g => g.StoreId == storeId && g.CodeHash == hash, ct)
            ?? throw new RequestValidationException("giftCardCode: no gift card with this code exists in this store.");
        var status = card.StatusAt(now);
        if (status != GiftCardStatus.Active)
        {
            throw new RequestValidationException(status switch
            {
                GiftCardStatus.Disabled => "giftCardCode: the gift card is disabled.",
                GiftCardStatus.Expired => "giftCardCode: the gift card has expired.",
                _ => "giftCardCode: the gift card has no balance left.",
            });
        }

        var covered = card.Scope switch
        {
            GiftCardScope.Packages => lines.Where(l => card.ScopeIdList.Contains(l.Package.Id)).ToList(),
            GiftCardScope.Categories => lines.Where(l => l.Package.CategoryId is { } c && card.ScopeIdList.Contains(c)).ToList(),
            _ => lines.ToList(),
        };
        if (covered.Count == 0)
        {
            throw new RequestValidationException("giftCardCode: the gift card does not apply to any item of this order.");
        }

        var payable = Math.Min(totalAfterCouponCents, covered.Sum(l => l.LineTotalCents));
        return payable <= 0 ? null : new Payable(card.Id, payable);
    }

    /// <summary>
    /// Takes <c>min(balance, payable)</c> from the card inside the order's transaction and returns it. The first
    /// UPDATE claims the row only while the card is still usable (enabled, not expired, balance above zero) and
    /// locks it until commit, so the balance read next cannot change before the debit; the debit itself is
    /// conditional on the balance covering it, so the balance never goes below zero.
    /// </summary>
    public static async Task<long> DebitAsync(IApplicationDbContext db, Guid storeId, Payable payable, DateTime now, CancellationToken ct)
    {
        var card = db.GiftCards.Where(g => g.Id == payable.GiftCardId && g.StoreId == storeId);
        var claimed = await card
            .Where(g => g.IsEnabled && (g.ExpiresAt == null || g.ExpiresAt > now) && g.BalanceCents > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.UpdatedAt, now), ct);
        if (claimed == 0)
        {
            throw new RequestValidationException("giftCardCode: the gift card has been used up or is no longer valid.");
        }

        var balance = await card.Select(g => g.BalanceCents).FirstAsync(ct);
        var taken = Math.Min(balance, payable.MaxCents);
        var debited = await card
            .Where(g => g.BalanceCents >= taken)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.BalanceCents, g => g.BalanceCents - taken), ct);
        if (debited == 0 || taken <= 0)
        {
            throw new RequestValidationException("giftCardCode: the gift card has been used up or is no longer valid.");
        }

        return taken;
    }

    public sealed record Payable(Guid GiftCardId, long MaxCents);
}
