using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Application.Orders;

/// <summary>One item of a manual order, priced: the package as read for this order and its unit price after sales.</summary>
public sealed record OrderLine(Package Package, int Quantity, Guid? ServerId, long UnitPriceCents)
{
    public long TotalCents => UnitPriceCents * Quantity;
}
