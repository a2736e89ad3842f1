using FluxStore.Management.Domain.Orders;

namespace FluxStore.Management.Application.Orders;

public sealed record OrderItemDto
{
    public Guid Id { get; init; }

    public Guid PackageId { get; init; }

    public string PackageName { get; init; } = string.Empty;

    public int Quantity { get; init; }

    /// <summary>Unit price paid, after the best active sale.</summary>
    public decimal PriceAtPurchase { get; init; }

    /// <summary>When the item was refunded; null while it stands.</summary>
    public DateTime? RefundedAt { get; init; }

    public static OrderItemDto From(OrderItem item) => new()
    {
        Id = item.Id,
        PackageId = item.PackageId,
        PackageName = item.PackageName,
        Quantity = item.Quantity,
        PriceAtPurchase = Money.FromCents(item.PriceAtPurchaseCents),
        RefundedAt = item.RefundedAt,
    };
}
