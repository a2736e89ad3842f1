using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Orders;

public sealed class OrderItem : Entity
{
    public const int PackageNameMaxLength = 100;

    private OrderItem()
    {
    }

    internal OrderItem(Guid orderId, int position, Guid packageId, string packageName, int quantity, long priceAtPurchaseCents, Guid? serverId)
    {
        OrderId = orderId;
        Position = position;
        PackageId = packageId;
        PackageName = packageName;
        Quantity = quantity;
        PriceAtPurchaseCents = priceAtPurchaseCents;
        ServerId = serverId;
    }

    public Guid OrderId { get; private set; }

    /// <summary>Place of the item in the order, as sent.</summary>
    public int Position { get; private set; }

    /// <summary>The package bought (no foreign key: the package may be deleted later).</summary>
    public Guid PackageId { get; private set; }

    public string PackageName { get; private set; } = string.Empty;

    public int Quantity { get; private set; }

    /// <summary>Unit price paid, after the best active sale.</summary>
    public long PriceAtPurchaseCents { get; private set; }

    public Guid? ServerId { get; private set; }

    public long LineTotalCents => PriceAtPurchaseCents * Quantity;

    /// <summary>When the item was refunded; null while it stands.</summary>
    public DateTime? RefundedAt { get; private set; }

    /// <summary>The refund that covered this item (no foreign key; the refund lives in the same order).</summary>
    public Guid? RefundId { get; private set; }

    /// <summary>The subscription this item started or renewed (null for other packages).</summary>
    public Guid? SubscriptionId { get; private set; }

    public void ForSubscription(Guid subscriptionId) => SubscriptionId = subscriptionId;

    internal void MarkRefunded(Guid refundId, DateTime now)
    {
        RefundId = refundId;
        RefundedAt = now;
    }
}
