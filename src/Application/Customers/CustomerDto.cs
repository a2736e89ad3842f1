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
}
