namespace FluxStore.Management.Application.Orders;

/// <summary>One order as <c>GET /api/v1/orders/{id}</c> returns it: the order and the delivery of its game-server commands.</summary>
public sealed record OrderDetailDto : OrderDto
{
    public OrderDetailDto()
    {
    }

    private OrderDetailDto(OrderDto order)
        : base(order)
    {
    }

    /// <summary>Every command the order queued (purchase and refund stages), in queue order.</summary>
    public IReadOnlyList<OrderDeliveryDto> Deliveries { get; init; } = [];

    public static OrderDetailDto From(OrderDto order, IReadOnlyList<OrderDeliveryDto> deliveries) =>
        new(order) { Deliveries = deliveries };
}
