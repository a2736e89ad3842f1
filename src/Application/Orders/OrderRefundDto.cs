namespace FluxStore.Management.Application.Orders;

/// <summary>
/// One refund: the value refunded (gift card part included), the items it covered and why. Mapped inside
/// <see cref="OrderMappingProfile"/> (its item ids are the order's items that name it).
/// </summary>
public sealed record OrderRefundDto
{
    public Guid Id { get; init; }

    public decimal Amount { get; init; }

    /// <summary>The part of <see cref="Amount"/> credited back to the order's gift card.</summary>
    public decimal GiftCardAmount { get; init; }

    public IReadOnlyList<Guid> ItemIds { get; init; } = [];

    public string? Reason { get; init; }

    public DateTime CreatedAt { get; init; }
}
