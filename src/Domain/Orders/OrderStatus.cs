namespace FluxStore.Management.Domain.Orders;

public enum OrderStatus
{
    Pending,
    Paid,
    Refunded,
    Cancelled,
}
