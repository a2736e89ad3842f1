using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Application.Common.Paging;
using FluxStore.Management.Application.Common.Privacy;
using FluxStore.Management.Domain.Orders;

namespace FluxStore.Management.Application.Orders;

internal static class OrderQueries
{
    /// <summary>
    /// <c>GET /orders</c>: newest first (orders created in the same instant by id). A row is field for field what
    /// <see cref="OrderMappingProfile"/> makes (items by position, refunds oldest first with the ids of the items they
    /// covered), written out as a <c>Select</c> so the unfiltered cursor pages are compiled once
    /// (<c>docs/decisions/0028-list-projections.md</c>); the list tests compare the rows with the mapped ones.
    /// </summary>
    public static readonly CompiledKeyset<Order, DateTime, OrderDto> List = new(
        new ListOrder<Order, DateTime>("orders.createdAt.desc", o => o.CreatedAt, o => o.Id, descending: true),
        (context, o) => new OrderDto
        {
            Id = o.Id,
            PlayerUsername = o.PlayerUsername,
            PlayerUuid = o.PlayerUuid,
            Email = EmailMask.Mask(o.Email),
            Status = o.Status.ToString(),
            TotalAmount = Money.FromCents(o.TotalAmountCents),
            PaymentProvider = o.PaymentProvider,
            PaymentCurrency = o.PaymentCurrency,
            CouponId = o.CouponId,
            CouponDiscountAmount = o.CouponDiscountCents != null ? Money.FromCents(o.CouponDiscountCents.Value) : (decimal?)null,
            GiftCardId = o.GiftCardId,
            GiftCardAmount = o.GiftCardAmountCents != null ? Money.FromCents(o.GiftCardAmountCents.Value) : (decimal?)null,
            Items = o.Items.OrderBy(i => i.Position).Select(i => new OrderItemDto
            {
                Id = i.Id,
                PackageId = i.PackageId,
                PackageName = i.PackageName,
                Quantity = i.Quantity,
                PriceAtPurchase = Money.FromCents(i.PriceAtPurchaseCents),
                RefundedAt = i.RefundedAt,
                SubscriptionId = i.SubscriptionId,
            }).ToList(),
            Refunds = o.Refunds.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => new OrderRefundDto
            {
                Id = r.Id,
                Amount = Money.FromCents(r.AmountCents),
                GiftCardAmount = Money.FromCents(r.GiftCardAmountCents),
                ItemIds = context.Set<OrderItem>().Where(i => i.RefundId == r.Id).OrderBy(i => i.Position).Select(i => i.Id).ToList(),
                Reason = r.Reason,
                CreatedAt = r.CreatedAt,
            }).ToList(),
            CreatedAt = o.CreatedAt,
            UpdatedAt = o.UpdatedAt,
        });

    public static bool TryParseStatus(string? text, out OrderStatus status) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(text, out _);

    /// <summary>Orders as DTOs through <see cref="OrderMappingProfile"/>; refunds find their items in the same query.</summary>
    public static IQueryable<OrderDto> ProjectToDto(this IQueryable<Order> orders, IApplicationDbContext db, IConfigurationProvider mapping) =>
        orders.ProjectTo<OrderDto>(mapping, new { orderItems = db.OrderItems.AsNoTracking() });

    /// <summary>An order in memory (not saved yet, or just refunded) through the same map, its refunds' items from its own.</summary>
    public static OrderDto ToDto(this IConfigurationProvider mapping, Order order) =>
        mapping.ProjectOne<Order, OrderDto>(order, new { orderItems = order.Items.AsQueryable() });
}
