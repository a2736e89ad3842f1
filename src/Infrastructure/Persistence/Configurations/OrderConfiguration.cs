using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

/// <summary>The Order aggregate: the order and its child rows (OrderItem, OrderRefund).</summary>
internal sealed class OrderConfiguration :
    IEntityTypeConfiguration<Order>,
    IEntityTypeConfiguration<OrderItem>,
    IEntityTypeConfiguration<OrderRefund>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders");
        builder.Property(o => o.PlayerUsername).HasMaxLength(Customer.UsernameMaxLength).IsRequired();
        builder.Property(o => o.NormalizedUsername).HasMaxLength(Customer.UsernameMaxLength).IsRequired();
        builder.Property(o => o.PlayerUuid).HasMaxLength(Customer.UuidLength);
        builder.Property(o => o.Email).HasMaxLength(Order.EmailMaxLength);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20).IsRequired();
        builder.Property(o => o.PaymentProvider).HasMaxLength(Order.PaymentProviderMaxLength).IsRequired();
        builder.Property(o => o.PaymentCurrency).HasMaxLength(Store.CurrencyLength).IsRequired();
        builder.Ignore(o => o.SubtotalCents);

        builder.HasIndex(o => new { o.StoreId, o.CreatedAt, o.Id });
        builder.HasIndex(o => new { o.StoreId, o.NormalizedUsername, o.CreatedAt, o.Id });
        builder.HasIndex(o => new { o.StoreId, o.PlayerUuid, o.CreatedAt, o.Id });
        builder.HasIndex(o => new { o.StoreId, o.Status, o.CreatedAt, o.Id });
        builder.HasIndex(o => new { o.StoreId, o.CouponId, o.CreatedAt, o.Id });

        // Per-player coupon limit: counts this customer's orders with the coupon.
        builder.HasIndex(o => new { o.CustomerId, o.CouponId });

        builder.HasOne<Store>().WithMany().HasForeignKey(o => o.StoreId).OnDelete(DeleteBehavior.Cascade);
        // Orders go with their store (one cascade path); customers are never deleted on their own.
        builder.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.NoAction);

        // No foreign keys to packages, coupons or gift cards: deleting them leaves orders as they were.
        builder.HasMany(o => o.Items).WithOne().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(o => o.Refunds).WithOne().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Refunds).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(o => o.IsRefundable);
    }

    public void Configure(EntityTypeBuilder<OrderRefund> builder)
    {
        builder.ToTable("order_refunds");
        builder.Property(r => r.Reason).HasMaxLength(OrderRefund.ReasonMaxLength);
        builder.HasIndex(r => r.OrderId);
    }

    public void Configure(EntityTypeBuilder<OrderItem> builder)
    {
        builder.ToTable("order_items");
        builder.Property(i => i.PackageName).HasMaxLength(OrderItem.PackageNameMaxLength).IsRequired();
        builder.Ignore(i => i.LineTotalCents);

        // Refunding writes "... WHERE Id = @id AND RefundedAt IS NULL": an item is refunded once even if two
        // refunds slipped past the order lock; the loser fails with a concurrency error (a 400).
        builder.Property(i => i.RefundedAt).IsConcurrencyToken();
        builder.HasIndex(i => i.OrderId);
        builder.HasIndex(i => i.PackageId);
    }
}
