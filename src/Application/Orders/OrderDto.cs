using FluxStore.Management.Application.Common.Privacy;
using FluxStore.Management.Domain.Orders;

namespace FluxStore.Management.Application.Orders;

/// <summary>The spec's Order Response. The email is always masked.</summary>
public sealed record OrderDto
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

    /// <summary>Refunds of this order, oldest first (empty when none).</summary>
    public IReadOnlyList<OrderRefundDto> Refunds { get; init; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public static OrderDto From(Order order) => new()
    {
        Id = order.Id,
        PlayerUsername = order.PlayerUsername,
        PlayerUuid = order.PlayerUuid,
        Email = EmailMask.Mask(order.Email),
        Status = order.Status.ToString(),
        TotalAmount = Money.FromCents(order.TotalAmountCents),
        PaymentProvider = order.PaymentProvider,
        PaymentCurrency = order.PaymentCurrency,
        CouponId = order.CouponId,
        CouponDiscountAmount = order.CouponDiscountCents is { } discount ? Money.FromCents(discount) : null,
        GiftCardId = order.GiftCardId,
        GiftCardAmount = order.GiftCardAmountCents is { } giftCard ? Money.FromCents(giftCard) : null,
        Items = order.Items.OrderBy(i => i.Position).Select(OrderItemDto.From).ToList(),
        Refunds = order.Refunds.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => OrderRefundDto.From(r, order.Items))
            .ToList(),
        CreatedAt = order.CreatedAt,
        UpdatedAt = order.UpdatedAt,
    };
}
