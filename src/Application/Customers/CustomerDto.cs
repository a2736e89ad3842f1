using System.Linq.Expressions;
using FluxStore.Management.Application.Common.Paging;
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

public sealed class CustomerMappingProfile : Profile
{
    public CustomerMappingProfile()
    {
        CreateMap<Customer, CustomerDto>()
            .ForMember(d => d.TotalSpent, o => o.MapFrom(c => Money.FromCents(c.TotalSpentCents)));
    }
}

internal static class CustomerQueries
{
    public static readonly string[] SortFields = ["totalSpent", "lastPurchaseAt", "firstSeenAt", "username"];

    /// <summary>
    /// A list row: field for field what <see cref="CustomerMappingProfile"/> makes, written out as a <c>Select</c> so the
    /// unfiltered cursor pages are compiled once (<c>docs/decisions/0028-list-projections.md</c>).
    /// </summary>
    private static readonly Expression<Func<DbContext, Customer, CustomerDto>> Row = (_, c) => new CustomerDto
    {
        Id = c.Id,
        PlayerUsername = c.PlayerUsername,
        PlayerUuid = c.PlayerUuid,
        TotalSpent = Money.FromCents(c.TotalSpentCents),
        OrderCount = c.OrderCount,
        FirstSeenAt = c.FirstSeenAt,
        LastPurchaseAt = c.LastPurchaseAt,
    };

    // Each sort ascending ([0]) and descending ([1]); the id breaks ties in the same direction.
    public static readonly CompiledKeyset<Customer, long, CustomerDto>[] ByTotalSpent = Both("totalSpent", c => c.TotalSpentCents);

    public static readonly CompiledKeyset<Customer, DateTime, CustomerDto>[] ByLastPurchaseAt = Both("lastPurchaseAt", c => c.LastPurchaseAt);

    public static readonly CompiledKeyset<Customer, DateTime, CustomerDto>[] ByFirstSeenAt = Both("firstSeenAt", c => c.FirstSeenAt);

    public static readonly CompiledKeyset<Customer, string, CustomerDto>[] ByUsername = Both("username", c => c.NormalizedUsername);

    public static string? CanonicalSort(string? sortBy) =>
        string.IsNullOrWhiteSpace(sortBy)
            ? "lastPurchaseAt"
            : SortFields.FirstOrDefault(f => string.Equals(f, sortBy.Trim(), StringComparison.OrdinalIgnoreCase));

    private static CompiledKeyset<Customer, TKey, CustomerDto>[] Both<TKey>(string sortBy, Expression<Func<Customer, TKey>> key) =>
    [
        new(new ListOrder<Customer, TKey>($"customers.{sortBy}.asc", key, c => c.Id, descending: false), Row),
        new(new ListOrder<Customer, TKey>($"customers.{sortBy}.desc", key, c => c.Id, descending: true), Row),
    ];
}
