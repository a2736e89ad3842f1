using FluxStore.Management.Domain.Bans;
using FluxStore.Management.Domain.Categories;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Promotions;
using FluxStore.Management.Domain.Sales;
using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class CouponConfiguration : IEntityTypeConfiguration<Coupon>
{
    public void Configure(EntityTypeBuilder<Coupon> builder)
    {
        builder.ToTable("coupons");
        builder.Property(c => c.Code).HasMaxLength(Coupon.CodeMaxLength).IsRequired();
        builder.Property(c => c.NormalizedCode).HasMaxLength(Coupon.CodeMaxLength).IsRequired();
        builder.Property(c => c.DiscountType).HasConversion<string>().HasMaxLength(20).IsRequired();
        builder.Property(c => c.ApplicationScope).HasConversion<string>().HasMaxLength(20).IsRequired();
        builder.Property(c => c.PackageScope).HasConversion<string>().HasMaxLength(20).IsRequired();
        builder.Ignore(c => c.DiscountValue);
        builder.Ignore(c => c.PackageIds);
        builder.Ignore(c => c.CategoryIds);

        // Code lookups (unique ignoring case, redemption, search) and the newest-first list.
        builder.HasIndex(c => new { c.StoreId, c.NormalizedCode }).IsUnique();
        builder.HasIndex(c => new { c.StoreId, c.CreatedAt });
        builder.HasOne<Store>().WithMany().HasForeignKey(c => c.StoreId).OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(c => c.Packages).WithOne().HasForeignKey(p => p.CouponId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Categories).WithOne().HasForeignKey(p => p.CouponId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Packages).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Categories).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>Deleting a package or category drops it from coupon scopes (cascade) and is never blocked.</summary>
internal sealed class CouponPackageConfiguration : IEntityTypeConfiguration<CouponPackage>
{
    public void Configure(EntityTypeBuilder<CouponPackage> builder)
    {
        builder.ToTable("coupon_packages");
        builder.HasKey(x => new { x.CouponId, x.PackageId });
        builder.HasIndex(x => x.PackageId);
        builder.HasOne<Package>().WithMany().HasForeignKey(x => x.PackageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CouponCategoryConfiguration : IEntityTypeConfiguration<CouponCategory>
{
    public void Configure(EntityTypeBuilder<CouponCategory> builder)
    {
        builder.ToTable("coupon_categories");
        builder.HasKey(x => new { x.CouponId, x.CategoryId });
        builder.HasIndex(x => x.CategoryId);
        builder.HasOne<Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SaleConfiguration : IEntityTypeConfiguration<Sale>
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
        builder.HasIndex(s => new { s.StoreId, s.StartDate });
        builder.HasIndex(s => new { s.StoreId, s.EndDate });
        builder.HasOne<Store>().WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(s => s.Packages).WithOne().HasForeignKey(p => p.SaleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Categories).WithOne().HasForeignKey(p => p.SaleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Packages).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Categories).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SalePackageConfiguration : IEntityTypeConfiguration<SalePackage>
{
    public void Configure(EntityTypeBuilder<SalePackage> builder)
    {
        builder.ToTable("sale_packages");
        builder.HasKey(x => new { x.SaleId, x.PackageId });
        builder.HasIndex(x => x.PackageId);
        builder.HasOne<Package>().WithMany().HasForeignKey(x => x.PackageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SaleCategoryConfiguration : IEntityTypeConfiguration<SaleCategory>
{
    public void Configure(EntityTypeBuilder<SaleCategory> builder)
    {
        builder.ToTable("sale_categories");
        builder.HasKey(x => new { x.SaleId, x.CategoryId });
        builder.HasIndex(x => x.CategoryId);
        builder.HasOne<Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BanConfiguration : IEntityTypeConfiguration<Ban>
{
    public void Configure(EntityTypeBuilder<Ban> builder)
    {
        builder.ToTable("bans");
        builder.Property(b => b.PlayerUsername).HasMaxLength(Ban.UsernameMaxLength);
        builder.Property(b => b.NormalizedUsername).HasMaxLength(Ban.UsernameMaxLength);
        builder.Property(b => b.PlayerUuid).HasMaxLength(Ban.UuidLength);
        builder.Property(b => b.IpAddress).HasMaxLength(Ban.IpAddressMaxLength);
        builder.Property(b => b.Reason).HasMaxLength(Ban.ReasonMaxLength);

        // The newest-first list and the ban checks by username, UUID and address.
        builder.HasIndex(b => new { b.StoreId, b.CreatedAt });
        builder.HasIndex(b => new { b.StoreId, b.NormalizedUsername });
        builder.HasIndex(b => new { b.StoreId, b.PlayerUuid });
        builder.HasIndex(b => new { b.StoreId, b.IpAddress });
        builder.HasOne<Store>().WithMany().HasForeignKey(b => b.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
