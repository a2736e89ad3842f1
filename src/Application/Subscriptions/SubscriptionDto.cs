using FluxStore.Management.Domain.Subscriptions;

namespace FluxStore.Management.Application.Subscriptions;

public sealed record SubscriptionDto
{
    public Guid Id { get; init; }

    public string PlayerUsername { get; init; } = string.Empty;

    public string? PlayerUuid { get; init; }

    public Guid PackageId { get; init; }

    public string PackageName { get; init; } = string.Empty;

    public Guid OrderId { get; init; }

    /// <summary>"Active", "Cancelled" or "Expired".</summary>
    public string Status { get; init; } = string.Empty;

    public DateTime StartedAt { get; init; }

    public DateTime CurrentPeriodEnd { get; init; }
}

/// <summary>The one subscription→DTO map: <c>ProjectTo</c> in queries, <c>Map</c> for webhook payloads.</summary>
public sealed class SubscriptionMappingProfile : Profile
{
    public SubscriptionMappingProfile()
    {
        CreateMap<Subscription, SubscriptionDto>()
            .ForMember(d => d.Status, o => o.MapFrom(s => s.Status.ToString()));
    }
}
