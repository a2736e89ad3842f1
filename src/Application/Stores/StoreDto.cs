using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Stores;

public sealed record StoreDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Currency { get; init; } = string.Empty;

    public string Plan { get; init; } = string.Empty;

    public DateTime? ProExpiresAt { get; init; }

    public bool IsPro { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Hours a subscription stays active after its period end before it expires (0–720, default 0).</summary>
    public int SubscriptionGracePeriodHours { get; init; }
}

/// <summary>Project with <c>new { now }</c>: <c>isPro</c> is the domain's <see cref="Store.IsProActive"/> at that time.</summary>
public sealed class StoreMappingProfile : Profile
{
    public StoreMappingProfile()
    {
        var now = default(DateTime);
        CreateMap<Store, StoreDto>()
            .ForMember(d => d.Plan, o => o.MapFrom(s => s.Plan.ToString()))
            .ForMember(d => d.IsPro, o => o.MapFrom(s => Store.IsProActive(s.Plan, s.ProExpiresAt, now)));
    }
}
