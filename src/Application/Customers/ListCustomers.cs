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

public sealed class ListCustomersQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, IListCursorProtector cursors)
    : IRequestHandler<ListCustomersQuery, ListPage<CustomerDto>>
{
    public Task<ListPage<CustomerDto>> Handle(ListCustomersQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var customers = db.Customers.AsNoTracking().Where(c => c.StoreId == storeId);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var name = request.Search.Trim().ToUpperInvariant();
            var uuid = request.Search.Trim().ToLowerInvariant();
            customers = customers.Where(c => c.NormalizedUsername.Contains(name) || (c.PlayerUuid != null && c.PlayerUuid.Contains(uuid)));
        }

        var sortBy = CustomerQueries.CanonicalSort(request.SortBy)!;
        var descending = request.SortDesc ?? sortBy != "username";
        var orderName = $"customers.{sortBy}.{(descending ? "desc" : "asc")}";

        // The cursor's sort value is read back from the row exactly as stored (cents, the normalized username).
        return sortBy switch
        {
            "totalSpent" => Page(new(orderName, c => c.TotalSpentCents, c => c.Id, descending), r => Money.ToCents(r.TotalSpent)),
            "firstSeenAt" => Page(new(orderName, c => c.FirstSeenAt, c => c.Id, descending), r => r.FirstSeenAt),
            "username" => Page(new(orderName, c => c.NormalizedUsername, c => c.Id, descending), r => PlayerIdentity.NormalizeUsername(r.PlayerUsername)),
            _ => Page(new(orderName, c => c.LastPurchaseAt, c => c.Id, descending), r => r.LastPurchaseAt),
        };

        Task<ListPage<CustomerDto>> Page<TKey>(ListOrder<Customer, TKey> order, Func<CustomerDto, TKey> rowKey) =>
            Keyset.PageAsync(
                customers, order, request, storeId, cursors,
                ordered => ordered.ProjectTo<CustomerDto>(mapper.ConfigurationProvider),
                rowKey, r => r.Id, cancellationToken,
                string.IsNullOrWhiteSpace(request.Search) ? StoreTotals.Of(db, storeId, StoreCount.Customers) : null);
    }
}
