using FluxStore.Management.Domain.Coupons;

namespace FluxStore.Management.Application.Orders;

/// <summary>An order worked out before its transaction: what it costs and how it is paid.</summary>
public sealed record PricedOrder(string Currency, IReadOnlyList<OrderLine> Lines, CouponDiscount? Coupon, GiftCardPayment.Payable? GiftCard);

/// <summary>The coupon an order redeems and the discount it gives.</summary>
public sealed record CouponDiscount(Coupon Coupon, long DiscountCents);
