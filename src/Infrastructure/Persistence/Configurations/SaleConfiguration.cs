using FluxStore.Management.Domain.Categories;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Sales;
using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

/// <summary>The Sale aggregate: the sale and its child rows (SalePackage, SaleCategory).</summary>
internal sealed class SaleConfiguration :
    IEntityTypeConfiguration<Sale>,
    IEntityTypeConfiguration<SalePackage>,
    IEntityTypeConfiguration<SaleCategory>
{
    public void Configure(EntityTypeBuilder<Sale> builder)
    {
        builder.ToTable("sales");
        builder.Property(s => s.Name).HasMaxLength(Sale.NameMaxLength).IsRequired();
        builder.Property(s => s.NormalizedName).HasMaxLength(Sale.NameMaxLength).IsRequired();
        builder.Property(s => s.ApplicationScope).HasConversion<string>().HasMaxLength(20).IsRequired();
        builder.Ignore(s => s.DiscountPercentage);
        builder.Ignore(s => s.PackageIds);
        builder.Ignore(s => s.CategoryIds);

        // The list (newest start first) and the active-sale lookup behind package sale prices.
        builder.HasIndex(s => new { s.StoreId, s.StartDate, s.Id });
        builder.HasIndex(s => new { s.StoreId, s.EndDate });
        builder.HasOne<Store>().WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(s => s.Packages).WithOne().HasForeignKey(p => p.SaleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Categories).WithOne().HasForeignKey(p => p.SaleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Packages).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Categories).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<SalePackage> builder)
    {
        builder.ToTable("sale_packages");
        builder.HasKey(x => new { x.SaleId, x.PackageId });
        builder.HasIndex(x => x.PackageId);
        builder.HasOne<Package>().WithMany().HasForeignKey(x => x.PackageId).OnDelete(DeleteBehavior.ClientCascade);
    }

    public void Configure(EntityTypeBuilder<SaleCategory> builder)
    {
        builder.ToTable("sale_categories");
        builder.HasKey(x => new { x.SaleId, x.CategoryId });
        builder.HasIndex(x => x.CategoryId);
        builder.HasOne<Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.ClientCascade);
    }
}
