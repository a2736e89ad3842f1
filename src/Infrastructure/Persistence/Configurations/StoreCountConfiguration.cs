using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

/// <summary>
/// Kept by the triggers of <see cref="StoreCountTriggers"/> (created in the StoreCounts migration). No foreign key to
/// stores: a store's delete trigger removes its rows, and the cascaded deletes of its children only decrement.
/// </summary>
internal sealed class StoreCountConfiguration : IEntityTypeConfiguration<StoreCount>
{
    public void Configure(EntityTypeBuilder<StoreCount> builder)
    {
        builder.ToTable("store_counts");
        builder.HasKey(c => new { c.StoreId, c.Name, c.Slot });
        builder.Property(c => c.Slot).HasDefaultValue((short)0);
        builder.Property(c => c.Name).HasMaxLength(StoreCount.NameMaxLength);
    }
}
