using FluxStore.Management.Domain.Coupons;

namespace FluxStore.Management.Application.Coupons;

internal static class CouponRules
{
    public static IRuleBuilderOptions<T, string?> CouponCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || Coupon.IsValidCode(code.Trim()))
            .WithMessage($"'code' must be 1 to {Coupon.CodeMaxLength} letters, digits, '-' or '_'.");

    public static IRuleBuilderOptions<T, int?> UseLimit<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(v => v is null or >= 1)
            .WithMessage("'{PropertyName}' must be null (unlimited) or at least 1.");

    public static DateTime? Time(DateTime? value) => value is { } v ? UtcTime.Normalize(v) : null;

    public static async Task CheckCodeIsFreeAsync(IApplicationDbContext db, Guid storeId, string normalizedCode, Guid? exceptId, CancellationToken ct)
    {
        if (await db.Coupons.AnyAsync(c => c.StoreId == storeId && c.NormalizedCode == normalizedCode && c.Id != exceptId, ct))
        {
            throw new RequestValidationException("code: a coupon with this code already exists in this store (codes ignore case).");
        }
    }

    /// <summary>Saves; a concurrent insert of the same code (unique index) becomes the same 400 as the pre-check.</summary>
    public static async Task SaveAsync(IApplicationDbContext db, Guid storeId, Guid couponId, string normalizedCode, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (await db.Coupons.AsNoTracking().AnyAsync(c => c.StoreId == storeId && c.NormalizedCode == normalizedCode && c.Id != couponId, ct))
            {
                throw new RequestValidationException("code: a coupon with this code already exists in this store (codes ignore case).");
            }

            throw;
        }
    }
}
