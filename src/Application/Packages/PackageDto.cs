using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Domain.Categories;
using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Application.Packages;

public sealed record PackageDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? Description { get; init; }

    public decimal Price { get; init; }

    /// <summary>Price after the best active sale that covers the package; null when none.</summary>
    public decimal? SalePrice { get; init; }

    public string? ImageUrl { get; init; }

    public bool IsActive { get; init; }

    public int SortOrder { get; init; }

    public Guid? CategoryId { get; init; }

    public string? CategoryName { get; init; }

    public bool AllowCustomPrice { get; init; }

    public int? GlobalLimit { get; init; }

    public int? PerUserLimit { get; init; }

    public bool IsCumulative { get; init; }

    public bool IsTiered { get; init; }

    public bool IsSubscription { get; init; }

    public SubscriptionIntervalDto? SubscriptionInterval { get; init; }

    public IReadOnlyList<Guid> ServerIds { get; init; } = [];

    public IReadOnlyList<PackageCommandDto> Commands { get; init; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }
}

public sealed class PackageMappingProfile : Profile
{
    public PackageMappingProfile()
    {
        CreateMap<Package, PackageDto>()
            .ForMember(d => d.Price, o => o.MapFrom(p => Money.FromCents(p.PriceCents)))
            // Filled in after projection from the store's active sales (PackageSalePrices).
            .ForMember(d => d.SalePrice, o => o.Ignore())
            .ForMember(d => d.CategoryName, o => o.MapFrom(p => p.Category != null ? p.Category.Name : null))
            .ForMember(d => d.SubscriptionInterval, o => o.MapFrom(p => p.IsSubscription && p.SubscriptionIntervalValue != null
                ? new SubscriptionIntervalDto { Value = p.SubscriptionIntervalValue.Value, Unit = WireNames.Of(p.SubscriptionIntervalUnit) ?? string.Empty }
                : null))
            .ForMember(d => d.ServerIds, o => o.MapFrom(p => p.Servers.Select(s => s.GameServerId).OrderBy(id => id).ToList()))
            .ForMember(d => d.Commands, o => o.MapFrom(p => p.Commands.OrderBy(c => c.Position)));
        CreateMap<PackageCommand, PackageCommandDto>()
            .ForMember(d => d.Stage, o => o.MapFrom(c => WireNames.Of(c.Stage)))
            .ForMember(d => d.ServerIds, o => o.MapFrom(c => c.ServerIdList));
    }
}
