using FluxStore.Management.Domain.ApiKeys;
using FluxStore.Management.Domain.Servers;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class GameServerConfiguration : IEntityTypeConfiguration<GameServer>
{
    public void Configure(EntityTypeBuilder<GameServer> builder)
    {
        builder.ToTable("game_servers");
        builder.Property(s => s.Name).HasMaxLength(GameServer.NameMaxLength).IsRequired();
        builder.Property(s => s.KeyHash).HasMaxLength(SecretHasher.HashLength).IsRequired();
        builder.Property(s => s.KeyHint).HasMaxLength(ApiKey.HintLength).IsRequired();
        builder.HasIndex(s => s.KeyHash).IsUnique();
        builder.HasIndex(s => s.StoreId);
        builder.HasOne<Store>().WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
