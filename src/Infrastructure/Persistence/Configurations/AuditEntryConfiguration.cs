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
        builder.Property(a => a.ActorKind).HasMaxLength(20).IsRequired().HasDefaultValue(AuditEntry.SystemActor);
        builder.Property(a => a.ActorName).HasMaxLength(AuditEntry.ActorNameMaxLength);

        // No foreign key to users: the trail outlives the accounts it names.
        builder.HasIndex(a => new { a.StoreId, a.CreatedAt });

        // The trail filtered by resource (its history) or by key.
        builder.HasIndex(a => new { a.StoreId, a.TargetType, a.TargetId, a.CreatedAt });
        builder.HasIndex(a => new { a.StoreId, a.ActorApiKeyId, a.CreatedAt });

        // The retention pruner: entries of every store, oldest first.
        builder.HasIndex(a => a.CreatedAt);
        builder.HasOne<Store>().WithMany().HasForeignKey(a => a.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
