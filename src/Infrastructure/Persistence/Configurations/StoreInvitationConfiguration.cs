using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class StoreInvitationConfiguration : IEntityTypeConfiguration<StoreInvitation>
{
    public void Configure(EntityTypeBuilder<StoreInvitation> builder)
    {
        builder.ToTable("store_invitations");
        builder.Property(i => i.Email).HasMaxLength(User.EmailMaxLength).IsRequired();
        builder.Property(i => i.NormalizedEmail).HasMaxLength(User.EmailMaxLength).IsRequired();
        builder.Property(i => i.Permissions).HasMaxLength(1000).IsRequired();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20).IsRequired();

        // The owner's list and the "already invited?" check (per store and address), the invitee's list (per address).
        builder.HasIndex(i => new { i.StoreId, i.NormalizedEmail });
        builder.HasIndex(i => new { i.NormalizedEmail, i.Status });

        // No foreign key to users: an invitation names an address, not an account, and may outlive its inviter.
        builder.HasOne<Store>().WithMany().HasForeignKey(i => i.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
