using FluxStore.Management.Domain.Plugin;
using FluxStore.Management.Domain.Servers;
using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class PendingCommandConfiguration : IEntityTypeConfiguration<PendingCommand>
{
    public void Configure(EntityTypeBuilder<PendingCommand> builder)
    {
        builder.ToTable("pending_commands");
        builder.Property(c => c.Command).HasMaxLength(PendingCommand.CommandMaxLength).IsRequired();
        builder.Property(c => c.PlayerUsername).HasMaxLength(PendingCommand.PlayerUsernameMaxLength).IsRequired();
        builder.Property(c => c.PlayerUuid).HasMaxLength(PendingCommand.PlayerUuidMaxLength);
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(12).IsRequired();
        builder.Property(c => c.LastError).HasMaxLength(PendingCommand.LastErrorMaxLength);
        builder.Ignore(c => c.IsPending);

        // The plugin's poll: a server's rows with ExecutedAt null, oldest first (executed rows, the bulk of the
        // history, are skipped by the index; cancelled and failed rows are few).
        builder.HasIndex(c => new { c.GameServerId, c.ExecutedAt, c.CreatedAt });
        // A poll reads the rows it leased back by its token.
        builder.HasIndex(c => c.LeaseToken);
        builder.HasIndex(c => c.OrderId);
        builder.HasOne<Store>().WithMany().HasForeignKey(c => c.StoreId).OnDelete(DeleteBehavior.Cascade);
        // The cascade path is stores → pending_commands; a deleted server's queue is deleted by DeleteServerCommandHandler.
        builder.HasOne<GameServer>().WithMany().HasForeignKey(c => c.GameServerId).OnDelete(DeleteBehavior.ClientCascade);
    }
}
