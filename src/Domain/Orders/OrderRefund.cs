using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Orders;

/// <summary>One refund of some or all items of an order. Which items: those whose <c>RefundId</c> is this id.</summary>
public sealed class OrderRefund : Entity, IStoreOwned
{
    public const int ReasonMaxLength = 500;

    private OrderRefund()
    {
    }

    internal OrderRefund(Guid storeId, Guid orderId, long amountCents, long giftCardAmountCents, string? reason, DateTime now)
    {
        StoreId = storeId;
        OrderId = orderId;
        AmountCents = amountCents;
        GiftCardAmountCents = giftCardAmountCents;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        CreatedAt = now;
    }

    public Guid StoreId { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>The value refunded, gift card part included.</summary>
    public long AmountCents { get; private set; }

    /// <summary>The part of <see cref="AmountCents"/> credited back to the order's gift card.</summary>
    public long GiftCardAmountCents { get; private set; }

    public string? Reason { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
