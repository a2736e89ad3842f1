using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Application.Promotions;
using FluxStore.Management.Domain.Sales;

namespace FluxStore.Management.Application.Sales;

/// <summary><c>?search=summer&amp;status=active&amp;skip=0&amp;take=20</c>, latest start first.</summary>
[RequirePermission(PermissionArea.Sales, PermissionAction.View)]
public sealed record ListSalesQuery : CursorPagedQuery, IRequest<ListPage<SaleDto>>, IRequiresProPlan
{
    /// <summary>Part of the name, ignoring case.</summary>
    public string? Search { get; init; }

    /// <summary>"active", "scheduled", "ended" or "disabled".</summary>
    public string? Status { get; init; }
}

public sealed class ListSalesQueryValidator : AbstractValidator<ListSalesQuery>
{
    public ListSalesQueryValidator()
    {
        this.AddCursorPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Status).StatusFilter<ListSalesQuery, SaleStatus>();
    }
}

public sealed class ListSalesQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper, IListCursorProtector cursors)
    : IRequestHandler<ListSalesQuery, ListPage<SaleDto>>
{
    public Task<ListPage<SaleDto>> Handle(ListSalesQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var storeId = caller.RequireStoreId();
        var query = SaleQueries.ForStore(db, storeId);
        if (PromotionRules.NormalizedSearch(request.Search) is { } term)
        {
            query = query.Where(s => s.NormalizedName.Contains(term));
        }

        if (PromotionRules.TryParseFilter<SaleStatus>(request.Status, out var status))
        {
            query = query.Where(Sale.Status.Is(status, now));
        }

        return SaleQueries.PageAsync(query, mapper.ConfigurationProvider, request, storeId, cursors, now, cancellationToken);
    }
}
