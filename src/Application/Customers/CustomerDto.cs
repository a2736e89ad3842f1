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
