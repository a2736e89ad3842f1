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

    private void Recalculate() => TotalAmountCents = Math.Max(0, SubtotalCents - (CouponDiscountCents ?? 0) - (GiftCardAmountCents ?? 0));
}
