using FluxStore.Management.Application.Common.Paging;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Players;
using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Customers;

/// <summary><c>GET /customers?search=steve&amp;sortBy=totalSpent&amp;sortDesc=true&amp;skip=0&amp;take=20</c>.</summary>
[RequirePermission(PermissionArea.Customers, PermissionAction.View)]
public sealed record ListCustomersQuery : CursorPagedQuery, IRequest<ListPage<CustomerDto>>, IRequiresProPlan
{
    /// <summary>Part of the username or UUID, ignoring case.</summary>
    public string? Search { get; init; }

    /// <summary><c>totalSpent</c>, <c>lastPurchaseAt</c> (default), <c>firstSeenAt</c> or <c>username</c>.</summary>
    public string? SortBy { get; init; }

    /// <summary>Descending when true; absent means descending for dates and amounts, ascending for username.</summary>
    public bool? SortDesc { get; init; }
}

public sealed class ListCustomersQueryValidator : AbstractValidator<ListCustomersQuery>
{
    public ListCustomersQueryValidator()
    {
        this.AddCursorPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.SortBy)
            .Must(s => CustomerQueries.CanonicalSort(s) is not null)
            .WithMessage($"'sortBy' must be one of {string.Join(", ", CustomerQueries.SortFields)}.");
    }
}

public sealed class ListCustomersQueryHandler(IApplicationDbContext db, ICallerContext caller, IListCursorProtector cursors)
    : IRequestHandler<ListCustomersQuery, ListPage<CustomerDto>>
{
    public Task<ListPage<CustomerDto>> Handle(ListCustomersQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var customers = db.Customers.AsNoTracking().Where(c => c.StoreId == storeId);
        var unfiltered = string.IsNullOrWhiteSpace(request.Search);
        if (!unfiltered)
        {
            var name = request.Search!.Trim().ToUpperInvariant();
            var uuid = request.Search.Trim().ToLowerInvariant();
            customers = customers.Where(c => c.NormalizedUsername.Contains(name) || (c.PlayerUuid != null && c.PlayerUuid.Contains(uuid)));
        }

        var sortBy = CustomerQueries.CanonicalSort(request.SortBy)!;
        var descending = request.SortDesc ?? sortBy != "username";
        var context = db.AsDbContext();

        // The cursor's sort value is read back from the row exactly as stored (cents, the normalized username).
        return sortBy switch
        {
            "totalSpent" => Page(CustomerQueries.ByTotalSpent[descending ? 1 : 0], r => Money.ToCents(r.TotalSpent)),
            "firstSeenAt" => Page(CustomerQueries.ByFirstSeenAt[descending ? 1 : 0], r => r.FirstSeenAt),
            "username" => Page(CustomerQueries.ByUsername[descending ? 1 : 0], r => PlayerIdentity.NormalizeUsername(r.PlayerUsername)),
            _ => Page(CustomerQueries.ByLastPurchaseAt[descending ? 1 : 0], r => r.LastPurchaseAt),
        };

        Task<ListPage<CustomerDto>> Page<TKey>(CompiledKeyset<Customer, TKey, CustomerDto> list, Func<CustomerDto, TKey> rowKey) =>
            Keyset.PageAsync(
                customers, list.Order, request, storeId, cursors,
                ordered => ordered.Select(list.ProjectionFor(context)),
                rowKey, r => r.Id, cancellationToken,
                unfiltered ? StoreTotals.Of(db, storeId, StoreCount.Customers) : null,
                unfiltered ? (cursor, backward, take) => list.Page(context, storeId, cursor, backward, take) : null);
    }
}
