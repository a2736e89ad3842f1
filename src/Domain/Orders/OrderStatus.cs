namespace FluxStore.Management.Domain.Orders;

public enum OrderStatus
{
    Pending,
    Paid,
    Refunded,
    Cancelled,

    /// <summary>Some items have been refunded, others not yet.</summary>
    PartiallyRefunded,
}
