using FluxStore.Management.Application.Common.Paging;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Application.Promotions;
using FluxStore.Management.Domain.Coupons;

namespace FluxStore.Management.Application.Coupons;

/// <summary><c>?search=CODE&amp;status=active&amp;skip=0&amp;take=20</c>, newest first.</summary>
[RequirePermission(PermissionArea.Coupons, PermissionAction.View)]
public sealed record ListCouponsQuery : CursorPagedQuery, IRequest<ListPage<CouponDto>>, IRequiresProPlan
{
    /// <summary>Part of the code, ignoring case.</summary>
    public string? Search { get; init; }

    /// <summary>"active", "inactive", "expired" or "scheduled".</summary>
    public string? Status { get; init; }
}

public sealed class ListCouponsQueryValidator : AbstractValidator<ListCouponsQuery>
{
    public ListCouponsQueryValidator()
    {
        this.AddCursorPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Status).StatusFilter<ListCouponsQuery, CouponStatus>();
    }
}

public sealed class ListCouponsQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper, IListCursorProtector cursors)
    : IRequestHandler<ListCouponsQuery, ListPage<CouponDto>>
{
    public Task<ListPage<CouponDto>> Handle(ListCouponsQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var storeId = caller.RequireStoreId();
        var query = CouponQueries.ForStore(db, storeId);
        if (PromotionRules.NormalizedSearch(request.Search) is { } term)
        {
            query = query.Where(c => c.NormalizedCode.Contains(term));
        }

        if (PromotionRules.TryParseFilter<CouponStatus>(request.Status, out var status))
        {
            query = query.Where(Coupon.Status.Is(status, now));
        }

        var total = PromotionRules.NormalizedSearch(request.Search) is null && string.IsNullOrWhiteSpace(request.Status) ? StoreTotals.Of(db, storeId, StoreCount.Coupons) : null;
        return CouponQueries.PageAsync(query, mapper.ConfigurationProvider, request, storeId, cursors, now, cancellationToken, total);
    }
}
