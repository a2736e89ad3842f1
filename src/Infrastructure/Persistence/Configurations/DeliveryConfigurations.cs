using FluxStore.Management.Domain.Audit;
using FluxStore.Management.Domain.GiftCards;
using FluxStore.Management.Domain.Plugin;
using FluxStore.Management.Domain.Servers;
using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class GiftCardConfiguration : IEntityTypeConfiguration<GiftCard>
{
    public void Configure(EntityTypeBuilder<GiftCard> builder)
    {
        builder.ToTable("gift_cards");
        builder.Property(g => g.CodeHash).IsRequired();
        builder.Property(g => g.ProtectedCode).HasMaxLength(GiftCard.ProtectedCodeMaxLength).IsRequired();
        builder.Property(g => g.Scope).HasConversion<string>().HasMaxLength(12).IsRequired();
        builder.Property(g => g.ScopeIds).HasMaxLength(GiftCard.ScopeIdsMaxLength);
        builder.Property(g => g.RecipientName).HasMaxLength(GiftCard.RecipientNameMaxLength);
        builder.Property(g => g.NormalizedRecipientName).HasMaxLength(GiftCard.RecipientNameMaxLength);
        builder.Property(g => g.RecipientEmail).HasMaxLength(GiftCard.RecipientEmailMaxLength);
        builder.Property(g => g.Message).HasMaxLength(GiftCard.MessageMaxLength);
        builder.Ignore(g => g.ScopeIdList);

        // Redemption: one lookup by store + code hash. Listing: newest first within a store.
        builder.HasIndex(g => new { g.StoreId, g.CodeHash }).IsUnique();
        builder.HasIndex(g => new { g.StoreId, g.CreatedAt });
        builder.HasOne<Store>().WithMany().HasForeignKey(g => g.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        builder.Property(a => a.TargetType).HasMaxLength(AuditEntry.TargetTypeMaxLength).IsRequired();

        // No foreign key to users: the trail outlives the accounts it names.
        builder.HasIndex(a => new { a.StoreId, a.CreatedAt });
        builder.HasOne<Store>().WithMany().HasForeignKey(a => a.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PendingCommandConfiguration : IEntityTypeConfiguration<PendingCommand>
{
    public void Configure(EntityTypeBuilder<PendingCommand> builder)
    {
        builder.ToTable("pending_commands");
        builder.Property(c => c.Command).HasMaxLength(PendingCommand.CommandMaxLength).IsRequired();
        builder.Property(c => c.PlayerUsername).HasMaxLength(PendingCommand.PlayerUsernameMaxLength).IsRequired();
        builder.Property(c => c.PlayerUuid).HasMaxLength(PendingCommand.PlayerUuidMaxLength);
        builder.Ignore(c => c.IsPending);

        // The plugin's poll: a server's rows with ExecutedAt null, oldest first.
        builder.HasIndex(c => new { c.GameServerId, c.ExecutedAt, c.CreatedAt });
        builder.HasIndex(c => c.OrderId);
        builder.HasOne<Store>().WithMany().HasForeignKey(c => c.StoreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<GameServer>().WithMany().HasForeignKey(c => c.GameServerId).OnDelete(DeleteBehavior.Cascade);
    }
}
