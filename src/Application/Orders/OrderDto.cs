using FluxStore.Management.Application.Common.Privacy;
using FluxStore.Management.Domain.Orders;

namespace FluxStore.Management.Application.Orders;

/// <summary>The spec's Order Response. The email is always masked.</summary>
public record OrderDto
{
    public Guid Id { get; init; }

    public string PlayerUsername { get; init; } = string.Empty;

    public string? PlayerUuid { get; init; }

    /// <summary>Masked: <c>s***@example.com</c>.</summary>
    public string? Email { get; init; }

    /// <summary>"Paid", "Pending", "Refunded", "PartiallyRefunded" or "Cancelled".</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>What the order is worth after the coupon; a gift card paid <see cref="GiftCardAmount"/> of it.</summary>
    public decimal TotalAmount { get; init; }

    public string PaymentProvider { get; init; } = string.Empty;

    public string PaymentCurrency { get; init; } = string.Empty;

    public Guid? CouponId { get; init; }

    public decimal? CouponDiscountAmount { get; init; }

    public Guid? GiftCardId { get; init; }

    /// <summary>The part of <see cref="TotalAmount"/> the gift card paid.</summary>
    public decimal? GiftCardAmount { get; init; }

    public IReadOnlyList<OrderItemDto> Items { get; init; } = [];

    /// <summary>The subscription the order started or renewed: its first item's that has one (each item says its own).</summary>
    public Guid? SubscriptionId => Items.FirstOrDefault(i => i.SubscriptionId is not null)?.SubscriptionId;

    /// <summary>Refunds of this order, oldest first (empty when none).</summary>
    public IReadOnlyList<OrderRefundDto> Refunds { get; init; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }
}

/// <summary>
/// Items by position; refunds oldest first, each with the ids of the items it covered. A refund has no navigation to
/// its items, so they come from the projection parameter <c>orderItems</c>: use <see cref="OrderQueries.ProjectToDto"/>
/// in queries and <see cref="OrderQueries.ToDto"/> for an order in memory, which pass it.
/// </summary>
public sealed class OrderMappingProfile : Profile
{
    public OrderMappingProfile()
    {
        IQueryable<OrderItem> orderItems = Enumerable.Empty<OrderItem>().AsQueryable();
        CreateMap<Order, OrderDto>()
            .ForMember(d => d.Email, o => o.MapFrom(x => EmailMask.Mask(x.Email)))
            .ForMember(d => d.Status, o => o.MapFrom(x => x.Status.ToString()))
            .ForMember(d => d.TotalAmount, o => o.MapFrom(x => Money.FromCents(x.TotalAmountCents)))
            .ForMember(d => d.CouponDiscountAmount, o => o.MapFrom(x => x.CouponDiscountCents != null ? Money.FromCents(x.CouponDiscountCents.Value) : (decimal?)null))
            .ForMember(d => d.GiftCardAmount, o => o.MapFrom(x => x.GiftCardAmountCents != null ? Money.FromCents(x.GiftCardAmountCents.Value) : (decimal?)null))
            .ForMember(d => d.Items, o => o.MapFrom(x => x.Items.OrderBy(i => i.Position)))
            .ForMember(d => d.Refunds, o => o.MapFrom(x => x.Refunds.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => new OrderRefundDto
            {
                Id = r.Id,
                Amount = Money.FromCents(r.AmountCents),
                GiftCardAmount = Money.FromCents(r.GiftCardAmountCents),
                ItemIds = orderItems.Where(i => i.RefundId == r.Id).OrderBy(i => i.Position).Select(i => i.Id).ToList(),
                Reason = r.Reason,
                CreatedAt = r.CreatedAt,
            })));
    }
}
