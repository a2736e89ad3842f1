using FluxStore.Management.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class StoreChangeConfiguration : IEntityTypeConfiguration<StoreChange>
{
    public void Configure(EntityTypeBuilder<StoreChange> builder)
    {
        builder.ToTable("store_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.HasIndex(c => c.At);
    }
}
