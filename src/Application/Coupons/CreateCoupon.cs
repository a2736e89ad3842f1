using FluxStore.Management.Application.Promotions;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Promotions;

namespace FluxStore.Management.Application.Coupons;

/// <summary>
/// Creates a coupon. Scope — what the coupon discounts:
/// <list type="bullet">
/// <item><c>applicationScope: "store"</c> (default): every package of the store; no ids.</item>
/// <item><c>applicationScope: "packages"</c> with <c>packageScope: "all"</c> (default): every package (same cover as
/// "store"); with <c>packageScope: "specific"</c>: only the packages in <c>packageIds</c> (at least one).</item>
/// <item><c>applicationScope: "categories"</c>: packages whose category is in <c>categoryIds</c> (at least one);
/// <c>packageScope</c> must be "all".</item>
/// </list>
/// Listed ids must belong to the store (400 otherwise); deleting a listed package or category later just drops it
/// from the scope. The discount applies to the sum of the covered items of an order: a percentage
/// (0 &lt; v ≤ 100) of it, or a fixed amount capped at it. <c>code</c>: 1–50 letters, digits, '-' or '_', unique
/// per store ignoring case. <c>maxUses</c>/<c>maxUsesPerUser</c>: null = unlimited. <c>validFrom</c>/<c>validUntil</c>:
/// null = no bound; validUntil must be after validFrom.
/// </summary>
[RequirePermission(PermissionArea.Coupons, PermissionAction.Edit)]
public sealed record CreateCouponCommand : IRequest<CouponDto>, IRequiresProPlan
{
    public string? Code { get; init; }

    /// <summary>"percentage" or "fixed".</summary>
    public string? DiscountType { get; init; }

    public decimal? DiscountValue { get; init; }

    /// <summary>"store" (default), "categories" or "packages".</summary>
    public string? ApplicationScope { get; init; }

    /// <summary>"all" (default) or "specific".</summary>
    public string? PackageScope { get; init; }

    public IReadOnlyList<Guid>? PackageIds { get; init; }

    public IReadOnlyList<Guid>? CategoryIds { get; init; }

    public int? MaxUses { get; init; }

    public int? MaxUsesPerUser { get; init; }

    public DateTime? ValidFrom { get; init; }

    public DateTime? ValidUntil { get; init; }

    public bool IsActive { get; init; } = true;
}

public sealed class CreateCouponCommandValidator : AbstractValidator<CreateCouponCommand>
{
    public CreateCouponCommandValidator()
    {
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop).NotEmpty().CouponCode();
        RuleFor(x => x.DiscountType).NotEmpty().WireWord<CreateCouponCommand, DiscountType>();
        RuleFor(x => x.DiscountValue).NotNull();
        RuleFor(x => x.DiscountValue).Percentage().When(x => x.DiscountType == "percentage");
        RuleFor(x => x.DiscountValue).PositiveMoney().When(x => x.DiscountType == "fixed");
        RuleFor(x => x.ApplicationScope).WireWord<CreateCouponCommand, DiscountScope>();
        RuleFor(x => x.PackageScope).WireWord<CreateCouponCommand, PackageScope>();
        RuleFor(x => x.PackageIds).ScopeIds();
        RuleFor(x => x.CategoryIds).ScopeIds();
        RuleFor(x => x.MaxUses).UseLimit();
        RuleFor(x => x.MaxUsesPerUser).UseLimit();
        RuleFor(x => x.ValidUntil)
            .Must((x, until) => until is null || x.ValidFrom is null || until > x.ValidFrom)
            .WithMessage("'validUntil' must be after 'validFrom'.");
    }
}

public sealed class CreateCouponCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateCouponCommand, CouponDto>
{
    public async Task<CouponDto> Handle(CreateCouponCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var now = clock.GetUtcNow().UtcDateTime;

        var coupon = new Coupon(storeId, request.Code!, now) { IsActive = request.IsActive };
        coupon.SetDiscount(PromotionRules.Parse(request.DiscountType, DiscountType.Percentage), request.DiscountValue!.Value);
        coupon.SetScope(
            PromotionRules.Parse(request.ApplicationScope, DiscountScope.Store),
            PromotionRules.Parse(request.PackageScope, PackageScope.All),
            request.PackageIds,
            request.CategoryIds);
        coupon.SetLimits(request.MaxUses, request.MaxUsesPerUser);
        coupon.SetValidity(CouponRules.Time(request.ValidFrom), CouponRules.Time(request.ValidUntil));

        await PromotionRules.CheckScopeIdsAsync(db, storeId, request.PackageIds, request.CategoryIds, cancellationToken);
        await CouponRules.CheckCodeIsFreeAsync(db, storeId, coupon.NormalizedCode, null, cancellationToken);

        db.Coupons.Add(coupon);
        await CouponRules.SaveAsync(db, storeId, coupon.Id, coupon.NormalizedCode, cancellationToken);
        // Committed: the answer is read whatever happens to the request now (a retry must not write again).
        return await CouponQueries.LoadAsync(db, mapper.ConfigurationProvider, storeId, coupon.Id, now, CancellationToken.None);
    }
}
