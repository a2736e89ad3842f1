using FluxStore.Management.Domain.Categories;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

/// <summary>The Coupon aggregate: the coupon and its child rows (CouponPackage, CouponCategory).</summary>
internal sealed class CouponConfiguration :
    IEntityTypeConfiguration<Coupon>,
    IEntityTypeConfiguration<CouponPackage>,
    IEntityTypeConfiguration<CouponCategory>
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
        builder.HasIndex(c => new { c.StoreId, c.CreatedAt, c.Id });
        builder.HasOne<Store>().WithMany().HasForeignKey(c => c.StoreId).OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(c => c.Packages).WithOne().HasForeignKey(p => p.CouponId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Categories).WithOne().HasForeignKey(p => p.CouponId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Packages).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Categories).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    // The link rows cascade with their coupon (stores → coupons → links, the one cascade path SQL Server allows).
    // Deleting a package or category drops it from coupon scopes and is never blocked: its handler deletes the links.
    public void Configure(EntityTypeBuilder<CouponPackage> builder)
    {
        builder.ToTable("coupon_packages");
        builder.HasKey(x => new { x.CouponId, x.PackageId });
        builder.HasIndex(x => x.PackageId);
        builder.HasOne<Package>().WithMany().HasForeignKey(x => x.PackageId).OnDelete(DeleteBehavior.ClientCascade);
    }

    public void Configure(EntityTypeBuilder<CouponCategory> builder)
    {
        builder.ToTable("coupon_categories");
        builder.HasKey(x => new { x.CouponId, x.CategoryId });
        builder.HasIndex(x => x.CategoryId);
        builder.HasOne<Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.ClientCascade);
    }
}
