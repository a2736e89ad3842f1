using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers");
        builder.Property(c => c.PlayerUsername).HasMaxLength(Customer.UsernameMaxLength).IsRequired();
        builder.Property(c => c.NormalizedUsername).HasMaxLength(Customer.UsernameMaxLength).IsRequired();
        builder.Property(c => c.PlayerUuid).HasMaxLength(Customer.UuidLength);
        builder.Property(c => c.IdentityKey).HasMaxLength(Customer.IdentityKeyMaxLength).IsRequired();

        // One row per player and store, even when their first orders arrive concurrently.
        builder.HasIndex(c => new { c.StoreId, c.IdentityKey }).IsUnique();
        builder.HasIndex(c => new { c.StoreId, c.NormalizedUsername });
        builder.HasIndex(c => new { c.StoreId, c.PlayerUuid });
        builder.HasIndex(c => new { c.StoreId, c.TotalSpentCents });
        builder.HasIndex(c => new { c.StoreId, c.LastPurchaseAt });
        builder.HasIndex(c => new { c.StoreId, c.FirstSeenAt });
        builder.HasOne<Store>().WithMany().HasForeignKey(c => c.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
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

        builder.HasIndex(o => new { o.StoreId, o.CreatedAt });
        builder.HasIndex(o => new { o.StoreId, o.NormalizedUsername });
        builder.HasIndex(o => new { o.StoreId, o.PlayerUuid });
        builder.HasIndex(o => new { o.StoreId, o.Status });
        builder.HasIndex(o => new { o.StoreId, o.CouponId });

        // Per-player coupon limit: counts this customer's orders with the coupon.
        builder.HasIndex(o => new { o.CustomerId, o.CouponId });

        builder.HasOne<Store>().WithMany().HasForeignKey(o => o.StoreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Cascade);

        // No foreign keys to packages, coupons or gift cards: deleting them leaves orders as they were.
        builder.HasMany(o => o.Items).WithOne().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OrderItemConfiguration : IEntityTypeConfiguration<OrderItem>
{
    public void Configure(EntityTypeBuilder<OrderItem> builder)
    {
        builder.ToTable("order_items");
        builder.Property(i => i.PackageName).HasMaxLength(OrderItem.PackageNameMaxLength).IsRequired();
        builder.Ignore(i => i.LineTotalCents);
        builder.HasIndex(i => i.OrderId);
        builder.HasIndex(i => i.PackageId);
    }
}

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscriptions");
        builder.Property(s => s.PlayerUsername).HasMaxLength(Customer.UsernameMaxLength).IsRequired();
        builder.Property(s => s.NormalizedUsername).HasMaxLength(Customer.UsernameMaxLength).IsRequired();
        builder.Property(s => s.PlayerUuid).HasMaxLength(Customer.UuidLength);
        builder.Property(s => s.PackageName).HasMaxLength(OrderItem.PackageNameMaxLength).IsRequired();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20).IsRequired();

        builder.HasIndex(s => new { s.StoreId, s.StartedAt });
        builder.HasIndex(s => new { s.StoreId, s.NormalizedUsername });
        builder.HasIndex(s => s.CustomerId);
        builder.HasIndex(s => s.OrderId);
        builder.HasOne<Store>().WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Order>().WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
