using FluxStore.Management.Domain.Analytics;
using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

/// <summary>The revenue rollup: one row per store and quarter hour that saw an order or a refund.</summary>
internal sealed class RevenueSlotConfiguration : IEntityTypeConfiguration<RevenueSlot>
{
    public void Configure(EntityTypeBuilder<RevenueSlot> builder)
    {
        builder.ToTable("revenue_slots");

        // The key is the range read: a store's slots in time order.
        builder.HasKey(r => new { r.StoreId, r.Slot });
        builder.HasOne<Store>().WithMany().HasForeignKey(r => r.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
