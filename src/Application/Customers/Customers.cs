using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Customers;

namespace FluxStore.Management.Application.Customers;

/// <summary>A customer as the Store API shows it: no email, no IP address.</summary>
public sealed record CustomerDto
{
    public Guid Id { get; init; }

    public string PlayerUsername { get; init; } = string.Empty;

    public string? PlayerUuid { get; init; }

    public decimal TotalSpent { get; init; }

    public int OrderCount { get; init; }

    public DateTime FirstSeenAt { get; init; }

    public DateTime LastPurchaseAt { get; init; }
}

internal static class CustomerQueries
{
    public static readonly string[] SortFields = ["totalSpent", "lastPurchaseAt", "firstSeenAt", "username"];

    public static IQueryable<CustomerDto> Project(IQueryable<Customer> customers) =>
        customers.Select(c => new CustomerDto
        {
            Id = c.Id,
            PlayerUsername = c.PlayerUsername,
            PlayerUuid = c.PlayerUuid,
            TotalSpent = Money.FromCents(c.TotalSpentCents),
            OrderCount = c.OrderCount,
            FirstSeenAt = c.FirstSeenAt,
            LastPurchaseAt = c.LastPurchaseAt,
        });

    public static string? CanonicalSort(string? sortBy) =>
        string.IsNullOrWhiteSpace(sortBy)
            ? "lastPurchaseAt"
            : SortFields.FirstOrDefault(f => string.Equals(f, sortBy.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Sorts by the field, then by id in the same direction so pages never overlap.</summary>
    public static IQueryable<Customer> Sort(IQueryable<Customer> customers, string sortBy, bool descending) => (sortBy, descending) switch
    {
        ("totalSpent", true) => customers.OrderByDescending(c => c.TotalSpentCents).ThenByDescending(c => c.Id),
        ("totalSpent", false) => customers.OrderBy(c => c.TotalSpentCents).ThenBy(c => c.Id),
        ("firstSeenAt", true) => customers.OrderByDescending(c => c.FirstSeenAt).ThenByDescending(c => c.Id),
        ("firstSeenAt", false) => customers.OrderBy(c => c.FirstSeenAt).ThenBy(c => c.Id),
        ("username", true) => customers.OrderByDescending(c => c.NormalizedUsername).ThenByDescending(c => c.Id),
        ("username", false) => customers.OrderBy(c => c.NormalizedUsername).ThenBy(c => c.Id),
        (_, true) => customers.OrderByDescending(c => c.LastPurchaseAt).ThenByDescending(c => c.Id),
        _ => customers.OrderBy(c => c.LastPurchaseAt).ThenBy(c => c.Id),
    };
}

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

public sealed class ListCustomersQueryHandler(IApplicationDbContext db, ICallerContext caller)
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
        return CustomerQueries.Project(CustomerQueries.Sort(customers, sortBy, descending)).ToPagedResultAsync(request, cancellationToken);
    }
}

[RequirePermission(PermissionArea.Customers, PermissionAction.View)]
public sealed record GetCustomerQuery(Guid Id) : IRequest<CustomerDto>, IRequiresProPlan;

public sealed class GetCustomerQueryHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<GetCustomerQuery, CustomerDto>
{
    public async Task<CustomerDto> Handle(GetCustomerQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        return await CustomerQueries.Project(db.Customers.AsNoTracking().Where(c => c.Id == request.Id && c.StoreId == storeId))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Customer");
    }
}
