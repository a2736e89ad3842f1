using FluxStore.Management.Application.Common.Validation;

namespace FluxStore.Management.Application.Customers;

/// <summary><c>GET /customers?search=steve&amp;sortBy=totalSpent&amp;sortDesc=true&amp;skip=0&amp;take=20</c>.</summary>
[RequirePermission(PermissionArea.Customers, PermissionAction.View)]
public sealed record ListCustomersQuery : PagedQuery, IRequest<PagedResult<CustomerDto>>, IRequiresProPlan
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
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.SortBy)
            .Must(s => CustomerQueries.CanonicalSort(s) is not null)
            .WithMessage($"'sortBy' must be one of {string.Join(", ", CustomerQueries.SortFields)}.");
    }
}

public sealed class ListCustomersQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper)
    : IRequestHandler<ListCustomersQuery, PagedResult<CustomerDto>>
{
    public Task<PagedResult<CustomerDto>> Handle(ListCustomersQuery request, CancellationToken cancellationToken)
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
        return CustomerQueries.Sort(customers, sortBy, descending)
            .ProjectTo<CustomerDto>(mapper.ConfigurationProvider)
            .ToPagedResultAsync(request, cancellationToken);
    }
}
