using FluxStore.Management.Domain.Orders;

namespace FluxStore.Management.Application.Orders;

/// <summary>One refund: the value refunded (gift card part included), the items it covered and why.</summary>
public sealed record OrderRefundDto
{
    public Guid Id { get; init; }

    public decimal Amount { get; init; }

    /// <summary>The part of <see cref="Amount"/> credited back to the order's gift card.</summary>
    public decimal GiftCardAmount { get; init; }

    public IReadOnlyList<Guid> ItemIds { get; init; } = [];

    public string? Reason { get; init; }

    public DateTime CreatedAt { get; init; }

    public static OrderRefundDto From(OrderRefund refund, IEnumerable<OrderItem> items) => new()
    {
        Id = refund.Id,
        Amount = Money.FromCents(refund.AmountCents),
        GiftCardAmount = Money.FromCents(refund.GiftCardAmountCents),
        ItemIds = items.Where(i => i.RefundId == refund.Id).OrderBy(i => i.Position).Select(i => i.Id).ToList(),
        Reason = refund.Reason,
        CreatedAt = refund.CreatedAt,
    };
}
