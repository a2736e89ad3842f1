using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Domain.Orders;

namespace FluxStore.Management.Application.Orders;

internal static class OrderQueries
{
    public static bool TryParseStatus(string? text, out OrderStatus status) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(text, out _);

    /// <summary>Orders as DTOs through <see cref="OrderMappingProfile"/>; refunds find their items in the same query.</summary>
    public static IQueryable<OrderDto> ProjectToDto(this IQueryable<Order> orders, IApplicationDbContext db, IConfigurationProvider mapping) =>
        orders.ProjectTo<OrderDto>(mapping, new { orderItems = db.OrderItems.AsNoTracking() });

    /// <summary>An order in memory (not saved yet, or just refunded) through the same map, its refunds' items from its own.</summary>
    public static OrderDto ToDto(this IConfigurationProvider mapping, Order order) =>
        mapping.ProjectOne<Order, OrderDto>(order, new { orderItems = order.Items.AsQueryable() });
}
