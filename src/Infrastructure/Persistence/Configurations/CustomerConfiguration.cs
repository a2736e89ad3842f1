using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Stores;
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
        builder.HasIndex(c => new { c.StoreId, c.NormalizedUsername, c.Id });
        builder.HasIndex(c => new { c.StoreId, c.PlayerUuid });
        builder.HasIndex(c => new { c.StoreId, c.TotalSpentCents, c.Id });
        builder.HasIndex(c => new { c.StoreId, c.LastPurchaseAt, c.Id });
        builder.HasIndex(c => new { c.StoreId, c.FirstSeenAt, c.Id });
        builder.HasOne<Store>().WithMany().HasForeignKey(c => c.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
