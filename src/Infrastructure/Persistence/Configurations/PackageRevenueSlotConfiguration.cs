using FluxStore.Management.Domain.Analytics;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

/// <summary>The per-package revenue rollup: quarter-hour and day rows of each package sold or refunded.</summary>
internal sealed class PackageRevenueSlotConfiguration : IEntityTypeConfiguration<PackageRevenueSlot>
{
    public void Configure(EntityTypeBuilder<PackageRevenueSlot> builder)
    {
        builder.ToTable("package_revenue_slots");
        builder.HasKey(r => new { r.StoreId, r.Span, r.Slot, r.PackageId });
        builder.Property(r => r.PackageName).HasMaxLength(OrderItem.PackageNameMaxLength).IsRequired();
        builder.HasOne<Store>().WithMany().HasForeignKey(r => r.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
