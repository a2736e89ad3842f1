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

    /// <summary>Cancelled "at period end": stays active until the period (and grace) ends, then ends without renewal.</summary>
    public bool CancelAtPeriodEnd { get; init; }

    /// <summary>
    /// While active: when it ends unless renewed (<c>currentPeriodEnd</c> plus the store's grace period; a subscription
    /// past its period end and before this is in its grace period). Null once ended.
    /// </summary>
    public DateTime? GraceEndsAt { get; init; }

    /// <summary>When it expired or was cancelled; null while active.</summary>
    public DateTime? EndedAt { get; init; }

    /// <summary>How many orders renewed it.</summary>
    public int RenewalCount { get; init; }
}

/// <summary>The one subscription→DTO map: <c>ProjectTo</c> in queries, <c>Map</c> for webhook payloads.</summary>
public sealed class SubscriptionMappingProfile : Profile
{
    public SubscriptionMappingProfile()
    {
        CreateMap<Subscription, SubscriptionDto>()
            .ForMember(d => d.Status, o => o.MapFrom(s => s.Status.ToString()))
            .ForMember(d => d.GraceEndsAt, o => o.MapFrom(s => s.Status == SubscriptionStatus.Active ? s.GraceEndsAt : (DateTime?)null));
    }
}
