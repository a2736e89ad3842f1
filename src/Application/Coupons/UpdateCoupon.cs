using System.Text.Json.Serialization;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Application.Promotions;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Promotions;

namespace FluxStore.Management.Application.Coupons;

/// <summary>
/// PATCH: absent fields stay; <c>maxUses</c>, <c>maxUsesPerUser</c>, <c>validFrom</c>, <c>validUntil</c> sent as
/// null are cleared (unlimited / unbounded); <c>packageIds</c>/<c>categoryIds</c> null means an empty list; null on
/// any other field is 400. Scope words mean what they mean on create (<see cref="CreateCouponCommand"/>); switching
/// <c>applicationScope</c> away from a scope drops the id list it no longer uses. The merged coupon must be valid.
/// </summary>
[RequirePermission(PermissionArea.Coupons, PermissionAction.Edit)]
public sealed record UpdateCouponCommand : IRequest<CouponDto>, IRequiresProPlan
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string?> Code { get; init; }

    public Optional<string?> DiscountType { get; init; }

    public Optional<decimal?> DiscountValue { get; init; }

    public Optional<string?> ApplicationScope { get; init; }

    public Optional<string?> PackageScope { get; init; }

    public Optional<IReadOnlyList<Guid>?> PackageIds { get; init; }

    public Optional<IReadOnlyList<Guid>?> CategoryIds { get; init; }

    public Optional<int?> MaxUses { get; init; }

    public Optional<int?> MaxUsesPerUser { get; init; }

    public Optional<DateTime?> ValidFrom { get; init; }

    public Optional<DateTime?> ValidUntil { get; init; }

    public Optional<bool?> IsActive { get; init; }
}

public sealed class UpdateCouponCommandValidator : AbstractValidator<UpdateCouponCommand>
{
    public UpdateCouponCommandValidator()
    {
        this.WhenSet(x => x.Code, r => r.Cascade(CascadeMode.Stop).NotNullWhenSent().NotEmpty().CouponCode());
        this.WhenSet(x => x.DiscountType, r => r.NotNullWhenSent().WireWord<UpdateCouponCommand, DiscountType>());
        this.WhenSet(x => x.DiscountValue, r => r.Cascade(CascadeMode.Stop).NotNull().WithMessage("'discountValue' cannot be null.")
            .Must(v => v is null || (v > 0 && v <= Money.MaxAmount && decimal.Round(v.Value, 2) == v))
            .WithMessage("'discountValue' must be greater than 0 with at most two decimal places."));
        this.WhenSet(x => x.ApplicationScope, r => r.NotNullWhenSent().WireWord<UpdateCouponCommand, DiscountScope>());
        this.WhenSet(x => x.PackageScope, r => r.NotNullWhenSent().WireWord<UpdateCouponCommand, PackageScope>());
        this.WhenSet(x => x.PackageIds, r => r.ScopeIds());
        this.WhenSet(x => x.CategoryIds, r => r.ScopeIds());
        this.WhenSet(x => x.MaxUses, r => r.UseLimit());
        this.WhenSet(x => x.MaxUsesPerUser, r => r.UseLimit());
        this.WhenSet(x => x.IsActive, r => r.NotNull().WithMessage("'isActive' cannot be null."));
    }
}

public sealed class UpdateCouponCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateCouponCommand, CouponDto>
{
    public async Task<CouponDto> Handle(UpdateCouponCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var now = clock.GetUtcNow().UtcDateTime;
        var coupon = await db.Coupons
            .Include(c => c.Packages)
            .Include(c => c.Categories)
            .FirstOrDefaultAsync(c => c.Id == request.Id && c.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Coupon");

        if (request.Code.IsSet)
        {
            coupon.SetCode(request.Code.Value!);
            await CouponRules.CheckCodeIsFreeAsync(db, storeId, coupon.NormalizedCode, coupon.Id, cancellationToken);
        }

        if (request.DiscountType.IsSet || request.DiscountValue.IsSet)
        {
            coupon.SetDiscount(
                request.DiscountType.IsSet ? PromotionRules.Parse(request.DiscountType.Value, coupon.DiscountType) : coupon.DiscountType,
                request.DiscountValue.IsSet ? request.DiscountValue.Value!.Value : coupon.DiscountValue);
        }

        if (request.ApplicationScope.IsSet || request.PackageScope.IsSet || request.PackageIds.IsSet || request.CategoryIds.IsSet)
        {
            var scope = request.ApplicationScope.IsSet ? PromotionRules.Parse(request.ApplicationScope.Value, coupon.ApplicationScope) : coupon.ApplicationScope;
            var packageScope = request.PackageScope.IsSet
                ? PromotionRules.Parse(request.PackageScope.Value, coupon.PackageScope)
                : scope == DiscountScope.Packages ? coupon.PackageScope : PackageScope.All;
            var keepPackages = scope == DiscountScope.Packages && packageScope == PackageScope.Specific;
            var packageIds = request.PackageIds.IsSet ? request.PackageIds.Value ?? [] : keepPackages ? coupon.PackageIds : [];
            var categoryIds = request.CategoryIds.IsSet ? request.CategoryIds.Value ?? [] : scope == DiscountScope.Categories ? coupon.CategoryIds : [];
            await PromotionRules.CheckScopeIdsAsync(
                db,
                storeId,
                request.PackageIds.IsSet ? packageIds : null,
                request.CategoryIds.IsSet ? categoryIds : null,
                cancellationToken);
            coupon.SetScope(scope, packageScope, packageIds, categoryIds);
        }

        if (request.MaxUses.IsSet || request.MaxUsesPerUser.IsSet)
        {
            coupon.SetLimits(
                request.MaxUses.IsSet ? request.MaxUses.Value : coupon.MaxUses,
                request.MaxUsesPerUser.IsSet ? request.MaxUsesPerUser.Value : coupon.MaxUsesPerUser);
        }

        if (request.ValidFrom.IsSet || request.ValidUntil.IsSet)
        {
            coupon.SetValidity(
                request.ValidFrom.IsSet ? CouponRules.Time(request.ValidFrom.Value) : coupon.ValidFrom,
                request.ValidUntil.IsSet ? CouponRules.Time(request.ValidUntil.Value) : coupon.ValidUntil);
        }

        if (request.IsActive.IsSet)
        {
            coupon.IsActive = request.IsActive.Value!.Value;
        }

        coupon.Touch(now);
        await CouponRules.SaveAsync(db, storeId, coupon.Id, coupon.NormalizedCode, cancellationToken);
        // Committed: the answer is read whatever happens to the request now (a retry must not write again).
        return await CouponQueries.LoadAsync(db, mapper.ConfigurationProvider, storeId, coupon.Id, now, CancellationToken.None);
    }
}
