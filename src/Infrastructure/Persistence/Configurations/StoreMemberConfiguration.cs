using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class StoreMemberConfiguration : IEntityTypeConfiguration<StoreMember>
{
    public void Configure(EntityTypeBuilder<StoreMember> builder)
    {
        builder.ToTable("store_members");
        builder.Property(m => m.Permissions).HasMaxLength(1000).IsRequired();
        builder.HasIndex(m => new { m.StoreId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne<Store>().WithMany().HasForeignKey(m => m.StoreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
