using FluxStore.Management.Domain.Orders;

namespace FluxStore.Management.Application.Orders;

public sealed record OrderItemDto
{
    public Guid Id { get; init; }

    public Guid PackageId { get; init; }

    public string PackageName { get; init; } = string.Empty;

    public int Quantity { get; init; }

    /// <summary>Unit price paid, after the best active sale.</summary>
    public decimal PriceAtPurchase { get; init; }

    /// <summary>When the item was refunded; null while it stands.</summary>
    public DateTime? RefundedAt { get; init; }

    /// <summary>The subscription this item started or renewed; null for a package that is not a subscription.</summary>
    public Guid? SubscriptionId { get; init; }
}

public sealed class OrderItemMappingProfile : Profile
{
    public OrderItemMappingProfile()
    {
        CreateMap<OrderItem, OrderItemDto>()
            .ForMember(d => d.PriceAtPurchase, o => o.MapFrom(i => Money.FromCents(i.PriceAtPurchaseCents)));
    }
}
