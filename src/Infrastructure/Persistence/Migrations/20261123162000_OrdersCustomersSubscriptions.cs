using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FluxStore.Management.Infrastructure.Persistence.Migrations;

/// <summary>
/// Customers, orders with their items, and subscriptions. Orders and subscriptions have no foreign key to
/// packages, coupons or gift cards, so deleting those never touches history. Hand-written and provider-neutral.
/// </summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261123162000_OrdersCustomersSubscriptions")]
public sealed class OrdersCustomersSubscriptions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "customers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                PlayerUsername = table.Column<string>(maxLength: 32, nullable: false),
                NormalizedUsername = table.Column<string>(maxLength: 32, nullable: false),
                PlayerUuid = table.Column<string>(maxLength: 36, nullable: true),
                IdentityKey = table.Column<string>(maxLength: 50, nullable: false),
                TotalSpentCents = table.Column<long>(nullable: false),
                OrderCount = table.Column<int>(nullable: false),
                FirstSeenAt = table.Column<DateTime>(nullable: false),
                LastPurchaseAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_customers", x => x.Id);
                table.ForeignKey("FK_customers_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "orders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                CustomerId = table.Column<Guid>(nullable: false),
                PlayerUsername = table.Column<string>(maxLength: 32, nullable: false),
                NormalizedUsername = table.Column<string>(maxLength: 32, nullable: false),
                PlayerUuid = table.Column<string>(maxLength: 36, nullable: true),
                Email = table.Column<string>(maxLength: 254, nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                TotalAmountCents = table.Column<long>(nullable: false),
                PaymentProvider = table.Column<string>(maxLength: 30, nullable: false),
                PaymentCurrency = table.Column<string>(maxLength: 3, nullable: false),
                CouponId = table.Column<Guid>(nullable: true),
                CouponDiscountCents = table.Column<long>(nullable: true),
                GiftCardId = table.Column<Guid>(nullable: true),
                GiftCardAmountCents = table.Column<long>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_orders", x => x.Id);
                table.ForeignKey("FK_orders_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_orders_customers_CustomerId", x => x.CustomerId, "customers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "order_items",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                PackageId = table.Column<Guid>(nullable: false),
                PackageName = table.Column<string>(maxLength: 100, nullable: false),
                Quantity = table.Column<int>(nullable: false),
                PriceAtPurchaseCents = table.Column<long>(nullable: false),
                ServerId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_order_items", x => x.Id);
                table.ForeignKey("FK_order_items_orders_OrderId", x => x.OrderId, "orders", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "subscriptions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                CustomerId = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                PlayerUsername = table.Column<string>(maxLength: 32, nullable: false),
                NormalizedUsername = table.Column<string>(maxLength: 32, nullable: false),
                PlayerUuid = table.Column<string>(maxLength: 36, nullable: true),
                PackageId = table.Column<Guid>(nullable: false),
                PackageName = table.Column<string>(maxLength: 100, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                CurrentPeriodEnd = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_subscriptions", x => x.Id);
                table.ForeignKey("FK_subscriptions_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_subscriptions_customers_CustomerId", x => x.CustomerId, "customers", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_subscriptions_orders_OrderId", x => x.OrderId, "orders", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_customers_StoreId_IdentityKey", "customers", ["StoreId", "IdentityKey"], unique: true);
        migrationBuilder.CreateIndex("IX_customers_StoreId_NormalizedUsername", "customers", ["StoreId", "NormalizedUsername"]);
        migrationBuilder.CreateIndex("IX_customers_StoreId_PlayerUuid", "customers", ["StoreId", "PlayerUuid"]);
        migrationBuilder.CreateIndex("IX_customers_StoreId_TotalSpentCents", "customers", ["StoreId", "TotalSpentCents"]);
        migrationBuilder.CreateIndex("IX_customers_StoreId_LastPurchaseAt", "customers", ["StoreId", "LastPurchaseAt"]);
        migrationBuilder.CreateIndex("IX_customers_StoreId_FirstSeenAt", "customers", ["StoreId", "FirstSeenAt"]);

        migrationBuilder.CreateIndex("IX_orders_StoreId_CreatedAt", "orders", ["StoreId", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_orders_StoreId_NormalizedUsername", "orders", ["StoreId", "NormalizedUsername"]);
        migrationBuilder.CreateIndex("IX_orders_StoreId_PlayerUuid", "orders", ["StoreId", "PlayerUuid"]);
        migrationBuilder.CreateIndex("IX_orders_StoreId_Status", "orders", ["StoreId", "Status"]);
        migrationBuilder.CreateIndex("IX_orders_StoreId_CouponId", "orders", ["StoreId", "CouponId"]);
        migrationBuilder.CreateIndex("IX_orders_CustomerId_CouponId", "orders", ["CustomerId", "CouponId"]);

        migrationBuilder.CreateIndex("IX_order_items_OrderId", "order_items", "OrderId");
        migrationBuilder.CreateIndex("IX_order_items_PackageId", "order_items", "PackageId");

        migrationBuilder.CreateIndex("IX_subscriptions_StoreId_StartedAt", "subscriptions", ["StoreId", "StartedAt"]);
        migrationBuilder.CreateIndex("IX_subscriptions_StoreId_NormalizedUsername", "subscriptions", ["StoreId", "NormalizedUsername"]);
        migrationBuilder.CreateIndex("IX_subscriptions_CustomerId", "subscriptions", "CustomerId");
        migrationBuilder.CreateIndex("IX_subscriptions_OrderId", "subscriptions", "OrderId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "subscriptions", "order_items", "orders", "customers" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
