using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

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
