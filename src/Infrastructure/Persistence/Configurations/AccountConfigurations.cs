using FluxStore.Management.Domain.ApiKeys;
using FluxStore.Management.Domain.Servers;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.Email).HasMaxLength(User.EmailMaxLength).IsRequired();
        builder.Property(u => u.NormalizedEmail).HasMaxLength(User.EmailMaxLength).IsRequired();
        builder.Property(u => u.DisplayName).HasMaxLength(User.DisplayNameMaxLength);
        builder.Property(u => u.PasswordHash).HasMaxLength(500).IsRequired();
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
    }
}

internal sealed class StoreConfiguration : IEntityTypeConfiguration<Store>
{
    public void Configure(EntityTypeBuilder<Store> builder)
    {
        builder.ToTable("stores");
        builder.Property(s => s.Name).HasMaxLength(Store.NameMaxLength).IsRequired();
        builder.Property(s => s.Currency).HasMaxLength(Store.CurrencyLength).IsRequired();
        builder.Property(s => s.Plan).HasConversion<string>().HasMaxLength(10).IsRequired();
    }
}

internal sealed class StoreMemberConfiguration : IEntityTypeConfiguration<StoreMember>
{
    public void Configure(EntityTypeBuilder<StoreMember> builder)
    {
        builder.ToTable("store_members");
        builder.Property(m => m.Permissions).HasMaxLength(200).IsRequired();
        builder.HasIndex(m => new { m.StoreId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne<Store>().WithMany().HasForeignKey(m => m.StoreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength).IsRequired();
        builder.Property(k => k.Permissions).HasMaxLength(1000).IsRequired();
        builder.Property(k => k.SecretHash).IsRequired();
        builder.Property(k => k.KeyHint).HasMaxLength(ApiKey.HintLength).IsRequired();

        // Authentication: one lookup by store + secret hash.
        builder.HasIndex(k => new { k.StoreId, k.SecretHash }).IsUnique();
        builder.HasOne<Store>().WithMany().HasForeignKey(k => k.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GameServerConfiguration : IEntityTypeConfiguration<GameServer>
{
    public void Configure(EntityTypeBuilder<GameServer> builder)
    {
        builder.ToTable("game_servers");
        builder.Property(s => s.Name).HasMaxLength(GameServer.NameMaxLength).IsRequired();
        builder.Property(s => s.KeyHash).IsRequired();
        builder.Property(s => s.KeyHint).HasMaxLength(ApiKey.HintLength).IsRequired();
        builder.HasIndex(s => s.KeyHash).IsUnique();
        builder.HasIndex(s => s.StoreId);
        builder.HasOne<Store>().WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
