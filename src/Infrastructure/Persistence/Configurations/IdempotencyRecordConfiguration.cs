using FluxStore.Management.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        // The (scope, key) primary key is the lock: of concurrent first requests exactly one inserts.
        builder.HasKey(r => new { r.Scope, r.Key });
        builder.Property(r => r.Scope).HasMaxLength(IdempotencyRecord.ScopeMaxLength);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyRecord.KeyMaxLength);
        builder.Property(r => r.RequestHash).HasMaxLength(IdempotencyRecord.RequestHashLength).IsRequired();
        builder.Property(r => r.ResponseContentType).HasMaxLength(IdempotencyRecord.ContentTypeMaxLength);
        builder.Property(r => r.ResponseLocation).HasMaxLength(IdempotencyRecord.LocationMaxLength);
        builder.HasIndex(r => r.ExpiresAt); // the pruner's query
    }
}
