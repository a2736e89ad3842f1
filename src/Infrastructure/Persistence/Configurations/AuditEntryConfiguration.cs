using FluxStore.Management.Domain.Audit;
using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        builder.Property(a => a.TargetType).HasMaxLength(AuditEntry.TargetTypeMaxLength).IsRequired();

        // No foreign key to users: the trail outlives the accounts it names.
        builder.HasIndex(a => new { a.StoreId, a.CreatedAt });

        // The retention pruner: entries of every store, oldest first.
        builder.HasIndex(a => a.CreatedAt);
        builder.HasOne<Store>().WithMany().HasForeignKey(a => a.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
