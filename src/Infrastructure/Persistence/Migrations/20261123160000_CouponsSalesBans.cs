using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FluxStore.Management.Infrastructure.Persistence.Migrations;

/// <summary>
/// Coupons, sales (each with package and category scope tables) and bans. Scope rows cascade from both
/// sides: deleting a coupon or sale removes its scope rows, and deleting a package or category drops it from
/// every scope instead of being blocked. Hand-written and provider-neutral like <see cref="Initial"/>.
/// </summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261123160000_CouponsSalesBans")]
public sealed class CouponsSalesBans : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "coupons",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 50, nullable: false),
                NormalizedCode = table.Column<string>(maxLength: 50, nullable: false),
                DiscountType = table.Column<string>(maxLength: 20, nullable: false),
                DiscountValueHundredths = table.Column<long>(nullable: false),
                ApplicationScope = table.Column<string>(maxLength: 20, nullable: false),
                PackageScope = table.Column<string>(maxLength: 20, nullable: false),
                MaxUses = table.Column<int>(nullable: true),
                MaxUsesPerUser = table.Column<int>(nullable: true),
                ValidFrom = table.Column<DateTime>(nullable: true),
                ValidUntil = table.Column<DateTime>(nullable: true),
                IsActive = table.Column<bool>(nullable: false),
                UsedCount = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_coupons", x => x.Id);
                table.ForeignKey("FK_coupons_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "coupon_packages",
            columns: table => new
            {
                CouponId = table.Column<Guid>(nullable: false),
                PackageId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_coupon_packages", x => new { x.CouponId, x.PackageId });
                table.ForeignKey("FK_coupon_packages_coupons_CouponId", x => x.CouponId, "coupons", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_coupon_packages_packages_PackageId", x => x.PackageId, "packages", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "coupon_categories",
            columns: table => new
            {
                CouponId = table.Column<Guid>(nullable: false),
                CategoryId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_coupon_categories", x => new { x.CouponId, x.CategoryId });
                table.ForeignKey("FK_coupon_categories_coupons_CouponId", x => x.CouponId, "coupons", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_coupon_categories_categories_CategoryId", x => x.CategoryId, "categories", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "sales",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                NormalizedName = table.Column<string>(maxLength: 100, nullable: false),
                DiscountPercentageHundredths = table.Column<long>(nullable: false),
                ApplicationScope = table.Column<string>(maxLength: 20, nullable: false),
                IsEnabled = table.Column<bool>(nullable: false),
                StartDate = table.Column<DateTime>(nullable: false),
                EndDate = table.Column<DateTime>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_sales", x => x.Id);
                table.ForeignKey("FK_sales_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "sale_packages",
            columns: table => new
            {
                SaleId = table.Column<Guid>(nullable: false),
                PackageId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_sale_packages", x => new { x.SaleId, x.PackageId });
                table.ForeignKey("FK_sale_packages_sales_SaleId", x => x.SaleId, "sales", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_sale_packages_packages_PackageId", x => x.PackageId, "packages", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "sale_categories",
            columns: table => new
            {
                SaleId = table.Column<Guid>(nullable: false),
                CategoryId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_sale_categories", x => new { x.SaleId, x.CategoryId });
                table.ForeignKey("FK_sale_categories_sales_SaleId", x => x.SaleId, "sales", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_sale_categories_categories_CategoryId", x => x.CategoryId, "categories", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "bans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                PlayerUsername = table.Column<string>(maxLength: 32, nullable: true),
                NormalizedUsername = table.Column<string>(maxLength: 32, nullable: true),
                PlayerUuid = table.Column<string>(maxLength: 36, nullable: true),
                IpAddress = table.Column<string>(maxLength: 45, nullable: true),
                Reason = table.Column<string>(maxLength: 500, nullable: true),
                ExpiresAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_bans", x => x.Id);
                table.ForeignKey("FK_bans_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_coupons_StoreId_NormalizedCode", "coupons", ["StoreId", "NormalizedCode"], unique: true);
        migrationBuilder.CreateIndex("IX_coupons_StoreId_CreatedAt", "coupons", ["StoreId", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_coupon_packages_PackageId", "coupon_packages", "PackageId");
        migrationBuilder.CreateIndex("IX_coupon_categories_CategoryId", "coupon_categories", "CategoryId");
        migrationBuilder.CreateIndex("IX_sales_StoreId_StartDate", "sales", ["StoreId", "StartDate"]);
        migrationBuilder.CreateIndex("IX_sales_StoreId_EndDate", "sales", ["StoreId", "EndDate"]);
        migrationBuilder.CreateIndex("IX_sale_packages_PackageId", "sale_packages", "PackageId");
        migrationBuilder.CreateIndex("IX_sale_categories_CategoryId", "sale_categories", "CategoryId");
        migrationBuilder.CreateIndex("IX_bans_StoreId_CreatedAt", "bans", ["StoreId", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_bans_StoreId_NormalizedUsername", "bans", ["StoreId", "NormalizedUsername"]);
        migrationBuilder.CreateIndex("IX_bans_StoreId_PlayerUuid", "bans", ["StoreId", "PlayerUuid"]);
        migrationBuilder.CreateIndex("IX_bans_StoreId_IpAddress", "bans", ["StoreId", "IpAddress"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "bans", "sale_categories", "sale_packages", "sales", "coupon_categories", "coupon_packages", "coupons" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
