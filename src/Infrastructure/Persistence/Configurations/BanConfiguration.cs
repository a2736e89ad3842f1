using FluxStore.Management.Domain.Bans;
using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class BanConfiguration : IEntityTypeConfiguration<Ban>
{
    public void Configure(EntityTypeBuilder<Ban> builder)
    {
        builder.ToTable("bans");
        builder.Property(b => b.PlayerUsername).HasMaxLength(Ban.UsernameMaxLength);
        builder.Property(b => b.NormalizedUsername).HasMaxLength(Ban.UsernameMaxLength);
        builder.Property(b => b.PlayerUuid).HasMaxLength(Ban.UuidLength);
        builder.Property(b => b.IpAddress).HasMaxLength(Ban.IpAddressMaxLength);
        builder.Property(b => b.Reason).HasMaxLength(Ban.ReasonMaxLength);

        // The newest-first list and the ban checks by username, UUID and address.
        builder.HasIndex(b => new { b.StoreId, b.CreatedAt, b.Id });
        builder.HasIndex(b => new { b.StoreId, b.NormalizedUsername });
        builder.HasIndex(b => new { b.StoreId, b.PlayerUuid });
        builder.HasIndex(b => new { b.StoreId, b.IpAddress });
        builder.HasOne<Store>().WithMany().HasForeignKey(b => b.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
