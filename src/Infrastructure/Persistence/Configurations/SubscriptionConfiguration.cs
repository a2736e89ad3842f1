using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

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

        builder.HasIndex(s => new { s.StoreId, s.StartedAt, s.Id });
        builder.HasIndex(s => new { s.StoreId, s.NormalizedUsername, s.StartedAt, s.Id });
        // The sweeper's scan (active and past the end of period + grace), the ?status= list and the renewal lookup by UUID.
        builder.HasIndex(s => new { s.Status, s.GraceEndsAt, s.Id });
        builder.HasIndex(s => new { s.StoreId, s.Status, s.StartedAt, s.Id });
        builder.HasIndex(s => new { s.StoreId, s.PlayerUuid });
        builder.HasIndex(s => s.CustomerId);
        builder.HasIndex(s => s.OrderId);
        builder.HasOne<Store>().WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Cascade);
        // Subscriptions go with their store (one cascade path); customers and orders are never deleted on their own.
        builder.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Order>().WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.NoAction);
    }
}
