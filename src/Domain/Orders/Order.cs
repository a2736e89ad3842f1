using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Orders;

/// <summary>
/// A purchase. Items keep their own copy of the package name and price, and nothing here has a foreign key to
/// packages, coupons or gift cards: deleting those never changes an order.
/// </summary>
public sealed class Order : Entity, IStoreOwned
{
    public const string ManualProvider = "Manual";
    public const int PaymentProviderMaxLength = 30;
    public const int EmailMaxLength = 254;
    public const int MaxItems = 50;
    public const int MaxQuantity = 100;

    private readonly List<OrderItem> _items = [];
    private readonly List<OrderRefund> _refunds = [];

    private Order()
    {
    }

    private Order(Guid storeId, Guid customerId, string username, string? uuid, string? email, string currency, DateTime now)
    {
        StoreId = storeId;
        CustomerId = customerId;
        PlayerUsername = username;
        NormalizedUsername = username.Trim().ToUpperInvariant();
        PlayerUuid = uuid;
        Email = email;
        PaymentCurrency = currency;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid StoreId { get; private set; }

    public Guid CustomerId { get; private set; }

    public string PlayerUsername { get; private set; } = string.Empty;

    public string NormalizedUsername { get; private set; } = string.Empty;

    public string? PlayerUuid { get; private set; }

    /// <summary>Stored as given; every response masks it.</summary>
    public string? Email { get; private set; }

    public OrderStatus Status { get; private set; }

    public long TotalAmountCents { get; private set; }

    public string PaymentProvider { get; private set; } = string.Empty;

    public string PaymentCurrency { get; private set; } = string.Empty;

    public Guid? CouponId { get; private set; }

    public long? CouponDiscountCents { get; private set; }

    public Guid? GiftCardId { get; private set; }

    public long? GiftCardAmountCents { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyCollection<OrderItem> Items => _items;

    public IReadOnlyCollection<OrderRefund> Refunds => _refunds;

    /// <summary>Only a paid order, or one partly refunded already, can be refunded (further).</summary>
    public bool IsRefundable => Status is OrderStatus.Paid or OrderStatus.PartiallyRefunded;

    /// <summary>A manual order: paid at once, no payment provider involved.</summary>
    public static Order Manual(Guid storeId, Guid customerId, string username, string? uuid, string? email, string currency, DateTime now) =>
        new(storeId, customerId, username, uuid, email, currency, now)
        {
            Status = OrderStatus.Paid,
            PaymentProvider = ManualProvider,
        };

    public OrderItem AddItem(Guid packageId, string packageName, int quantity, long unitPriceCents, Guid? serverId)
    {
        if (quantity is < 1 or > MaxQuantity)
        {
            throw new DomainRuleException($"quantity must be between 1 and {MaxQuantity}.");
        }

        var item = new OrderItem(Id, _items.Count, packageId, packageName, quantity, unitPriceCents, serverId);
        _items.Add(item);
        Recalculate();
        return item;
    }

    /// <summary>The customer is known only once the order's transaction has found or created them.</summary>
    public void AssignCustomer(Guid customerId) => CustomerId = customerId;

    public long SubtotalCents => _items.Sum(i => i.LineTotalCents);

    public void ApplyCoupon(Guid couponId, long discountCents)
    {
        CouponId = couponId;
        CouponDiscountCents = Math.Clamp(discountCents, 0, SubtotalCents);
        Recalculate();
    }

    /// <summary>
    /// Records that a gift card paid <paramref name="cents"/> of the total (at most the total). The total stays
    /// what the order is worth after the coupon; <see cref="GiftCardAmountCents"/> is the part of it the card paid.
    /// </summary>
    public void PayWithGiftCard(Guid giftCardId, long cents)
    {
        if (cents <= 0 || cents > TotalAmountCents)
        {
            throw new DomainRuleException("A gift card pays a positive amount, at most the order's total.");
        }

        GiftCardId = giftCardId;
        GiftCardAmountCents = cents;
    }

    /// <summary>
    /// Refunds the named items (all not yet refunded when <paramref name="itemIds"/> is null or empty). The amount
    /// is the items' line totals less their proportional share of the coupon discount; the refund that completes
    /// the order takes whatever of the total is left, so the refunds of an order always add up to its total. The
    /// gift card's part is proportional in the same way (the completing refund again takes the rest).
    /// </summary>
    public OrderRefund Refund(IReadOnlyCollection<Guid>? itemIds, string? reason, DateTime now)
    {
        if (!IsRefundable)
        {
            throw new DomainRuleException($"Only a Paid or PartiallyRefunded order can be refunded; this order is {Status}.");
        }

        List<OrderItem> selected;
        if (itemIds is { Count: > 0 })
        {
            selected = [];
            foreach (var id in itemIds.Distinct())
            {
                var item = _items.FirstOrDefault(i => i.Id == id)
                    ?? throw new DomainRuleException($"itemIds: the order has no item {id}.");
                if (item.RefundedAt is not null)
                {
                    throw new DomainRuleException($"itemIds: item {id} has already been refunded.");
                }

                selected.Add(item);
            }
        }
        else
        {
            selected = _items.Where(i => i.RefundedAt is null).ToList();
            if (selected.Count == 0)
            {
                throw new DomainRuleException("Every item of this order has already been refunded.");
            }
        }

        var completes = _items.All(i => i.RefundedAt is not null || selected.Contains(i));
        long amount;
        long giftCard;
        if (completes)
        {
            amount = TotalAmountCents - _refunds.Sum(r => r.AmountCents);
            giftCard = (GiftCardAmountCents ?? 0) - _refunds.Sum(r => r.GiftCardAmountCents);
        }
        else
        {
            var lines = selected.Sum(i => i.LineTotalCents);
            amount = SubtotalCents == 0 ? 0 : (long)Math.Round((decimal)lines * TotalAmountCents / SubtotalCents, MidpointRounding.ToZero);
            giftCard = TotalAmountCents == 0 ? 0 : (long)Math.Round((decimal)amount * (GiftCardAmountCents ?? 0) / TotalAmountCents, MidpointRounding.ToZero);
        }

        var refund = new OrderRefund(StoreId, Id, Math.Max(0, amount), Math.Max(0, giftCard), reason, now);
        foreach (var item in selected)
        {
            item.MarkRefunded(refund.Id, now);
        }

        _refunds.Add(refund);
        Status = completes ? OrderStatus.Refunded : OrderStatus.PartiallyRefunded;
        UpdatedAt = now;
        return refund;
    }

    private void Recalculate() => TotalAmountCents = Math.Max(0, SubtotalCents - (CouponDiscountCents ?? 0));
}
