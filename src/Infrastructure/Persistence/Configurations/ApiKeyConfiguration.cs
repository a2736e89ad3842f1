using FluxStore.Management.Domain.ApiKeys;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength).IsRequired();
        builder.Property(k => k.Permissions).HasMaxLength(1000).IsRequired();
        // A SHA-256 hash: bounded, because it is part of a unique index (SQL Server refuses varbinary(max) keys).
        builder.Property(k => k.SecretHash).HasMaxLength(SecretHasher.HashLength).IsRequired();
        builder.Property(k => k.KeyHint).HasMaxLength(ApiKey.HintLength).IsRequired();

        // Authentication: one lookup by store + secret hash.
        builder.HasIndex(k => new { k.StoreId, k.SecretHash }).IsUnique();
        builder.HasOne<Store>().WithMany().HasForeignKey(k => k.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
