using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Domain.Promotions;

namespace FluxStore.Management.Application.Promotions;

/// <summary>Rules shared by coupons and sales: wire words, percentages and scope ids.</summary>
internal static class PromotionRules
{
    /// <summary>A lower-case wire word of <typeparamref name="TEnum"/> (e.g. "percentage", "store").</summary>
    public static IRuleBuilderOptions<T, string?> WireWord<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.Must(v => v is null || WireNames.TryParse<TEnum>(v, out _))
            .WithMessage($"'{{PropertyName}}' must be one of {WireNames.Choices<TEnum>()}.");

    /// <summary>0 &lt; v ≤ 100 with at most two decimals.</summary>
    public static IRuleBuilderOptions<T, decimal?> Percentage<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(v => v is null || (v > 0 && v <= 100 && decimal.Round(v.Value, 2) == v))
            .WithMessage("'{PropertyName}' must be greater than 0 and at most 100, with at most two decimal places.");

    /// <summary>A money amount &gt; 0 with at most two decimals.</summary>
    public static IRuleBuilderOptions<T, decimal?> PositiveMoney<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(v => v is null || (v > 0 && Money.IsValidAmount(v.Value)))
            .WithMessage($"'{{PropertyName}}' must be greater than 0 and at most {Money.MaxAmount}, with at most two decimal places.");

    public static IRuleBuilderOptions<T, IReadOnlyList<Guid>?> ScopeIds<T>(this IRuleBuilder<T, IReadOnlyList<Guid>?> rule) =>
        rule.Must(ids => ids is null || ids.Count <= Discounts.MaxScopeIds)
            .WithMessage($"'{{PropertyName}}' may hold at most {Discounts.MaxScopeIds} ids.");

    public static TEnum Parse<TEnum>(string? word, TEnum fallback)
        where TEnum : struct, Enum =>
        word is not null && WireNames.TryParse<TEnum>(word, out var value) ? value : fallback;

    /// <summary>Filter words compare ignoring case ("Active" works like "active").</summary>
    public static bool TryParseFilter<TEnum>(string? word, out TEnum value)
        where TEnum : struct, Enum =>
        WireNames.TryParse(word?.Trim().ToLowerInvariant(), out value);

    public static IRuleBuilderOptions<T, string?> StatusFilter<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || TryParseFilter<TEnum>(v, out _))
            .WithMessage($"'{{PropertyName}}' must be one of {WireNames.Choices<TEnum>()}.");

    /// <summary>Every listed package and category must belong to the store; 400 naming each stranger.</summary>
    public static async Task CheckScopeIdsAsync(
        IApplicationDbContext db, Guid storeId, IReadOnlyCollection<Guid>? packageIds, IReadOnlyCollection<Guid>? categoryIds, CancellationToken ct)
    {
        var errors = new List<string>();
        var packages = (packageIds ?? []).Distinct().ToList();
        if (packages.Count > 0)
        {
            var known = await db.Packages.AsNoTracking()
                .Where(p => p.StoreId == storeId && packages.Contains(p.Id))
                .Select(p => p.Id)
                .ToListAsync(ct);
            errors.AddRange(packages.Except(known).Select(id => $"packageIds: no package {id} exists in this store."));
        }

        var categories = (categoryIds ?? []).Distinct().ToList();
        if (categories.Count > 0)
        {
            var known = await db.Categories.AsNoTracking()
                .Where(c => c.StoreId == storeId && categories.Contains(c.Id))
                .Select(c => c.Id)
                .ToListAsync(ct);
            errors.AddRange(categories.Except(known).Select(id => $"categoryIds: no category {id} exists in this store."));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    /// <summary>Upper-case search term for a normalized column; null when there is nothing to search.</summary>
    public static string? NormalizedSearch(string? search) =>
        string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToUpperInvariant();
}
