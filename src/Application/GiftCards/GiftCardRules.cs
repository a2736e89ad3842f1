using System.Net.Mail;
using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Domain.GiftCards;

namespace FluxStore.Management.Application.GiftCards;

/// <summary>Field rules shared by create and update.</summary>
internal static class GiftCardRules
{
    public static IRuleBuilderOptions<T, string?> RecipientName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(GiftCard.RecipientNameMaxLength);

    public static IRuleBuilderOptions<T, string?> RecipientEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(GiftCard.RecipientEmailMaxLength)
            .Must(e => e is null || IsValidEmail(e))
            .WithMessage("'{PropertyName}' must be a valid email address.");

    public static IRuleBuilderOptions<T, string?> GiftMessage<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(GiftCard.MessageMaxLength);

    public static IRuleBuilderOptions<T, DateTime?> FutureOrNull<T>(this IRuleBuilder<T, DateTime?> rule, TimeProvider clock) =>
        rule.Must(e => e is null || UtcTime.Normalize(e.Value) > clock.GetUtcNow().UtcDateTime)
            .WithMessage("'{PropertyName}' must be in the future (or null for a card that never expires).");

    /// <summary>One address, <c>local@domain.tld</c>, no display name and no surrounding text.</summary>
    public static bool IsValidEmail(string email)
    {
        if (string.IsNullOrWhiteSpace(email) || email != email.Trim() || !MailAddress.TryCreate(email, out var address))
        {
            return false;
        }

        var at = email.LastIndexOf('@');
        var domain = email[(at + 1)..];
        return address.Address == email
            && at > 0
            && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.')
            && !domain.EndsWith('.');
    }

    public static bool TryParseScope(string? text, out GiftCardScope scope) => WireNames.TryParse(text ?? "store", out scope);

    /// <summary>Every package or category id the card is limited to must belong to the store.</summary>
    public static async Task CheckScopeIdsAsync(
        IApplicationDbContext db, Guid storeId, GiftCardScope scope, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        if (scope == GiftCardScope.Store || ids.Count == 0)
        {
            return;
        }

        var wanted = ids.Distinct().ToList();
        var (field, known) = scope == GiftCardScope.Packages
            ? ("packageIds", await db.Packages.AsNoTracking().Where(p => p.StoreId == storeId && wanted.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken))
            : ("categoryIds", await db.Categories.AsNoTracking().Where(c => c.StoreId == storeId && wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken));
        var missing = wanted.Except(known).ToList();
        if (missing.Count > 0)
        {
            var what = scope == GiftCardScope.Packages ? "package" : "category";
            throw new RequestValidationException(missing.Select(id => $"{field}: no {what} {id} exists in this store.").ToList());
        }
    }
}
