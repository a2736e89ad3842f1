using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_subscriptions_StoreId_NormalizedUsername",
                table: "subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_subscriptions_StoreId_StartedAt",
                table: "subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_sales_StoreId_StartDate",
                table: "sales");

            migrationBuilder.DropIndex(
                name: "IX_orders_StoreId_CouponId",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_StoreId_CreatedAt",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_StoreId_NormalizedUsername",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_StoreId_PlayerUuid",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_StoreId_Status",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_gift_cards_StoreId_CreatedAt",
                table: "gift_cards");

            migrationBuilder.DropIndex(
                name: "IX_customers_StoreId_FirstSeenAt",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "IX_customers_StoreId_LastPurchaseAt",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "IX_customers_StoreId_NormalizedUsername",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "IX_customers_StoreId_TotalSpentCents",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "IX_coupons_StoreId_CreatedAt",
                table: "coupons");

            migrationBuilder.DropIndex(
                name: "IX_bans_StoreId_CreatedAt",
                table: "bans");

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_StoreId_NormalizedUsername_StartedAt_Id",
                table: "subscriptions",
                columns: new[] { "StoreId", "NormalizedUsername", "StartedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_StoreId_StartedAt_Id",
                table: "subscriptions",
                columns: new[] { "StoreId", "StartedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_sales_StoreId_StartDate_Id",
                table: "sales",
                columns: new[] { "StoreId", "StartDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_StoreId_CouponId_CreatedAt_Id",
                table: "orders",
                columns: new[] { "StoreId", "CouponId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_StoreId_CreatedAt_Id",
                table: "orders",
                columns: new[] { "StoreId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_StoreId_NormalizedUsername_CreatedAt_Id",
                table: "orders",
                columns: new[] { "StoreId", "NormalizedUsername", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_StoreId_PlayerUuid_CreatedAt_Id",
                table: "orders",
                columns: new[] { "StoreId", "PlayerUuid", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_StoreId_Status_CreatedAt_Id",
                table: "orders",
                columns: new[] { "StoreId", "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_gift_cards_StoreId_CreatedAt_Id",
                table: "gift_cards",
                columns: new[] { "StoreId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_StoreId_FirstSeenAt_Id",
                table: "customers",
                columns: new[] { "StoreId", "FirstSeenAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_StoreId_LastPurchaseAt_Id",
                table: "customers",
                columns: new[] { "StoreId", "LastPurchaseAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_StoreId_NormalizedUsername_Id",
                table: "customers",
                columns: new[] { "StoreId", "NormalizedUsername", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_StoreId_TotalSpentCents_Id",
                table: "customers",
                columns: new[] { "StoreId", "TotalSpentCents", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_coupons_StoreId_CreatedAt_Id",
                table: "coupons",
                columns: new[] { "StoreId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_bans_StoreId_CreatedAt_Id",
                table: "bans",
                columns: new[] { "StoreId", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_subscriptions_StoreId_NormalizedUsername_StartedAt_Id",
                table: "subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_subscriptions_StoreId_StartedAt_Id",
                table: "subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_sales_StoreId_StartDate_Id",
                table: "sales");

            migrationBuilder.DropIndex(
                name: "IX_orders_StoreId_CouponId_CreatedAt_Id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_StoreId_CreatedAt_Id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_StoreId_NormalizedUsername_CreatedAt_Id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_StoreId_PlayerUuid_CreatedAt_Id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_StoreId_Status_CreatedAt_Id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_gift_cards_StoreId_CreatedAt_Id",
                table: "gift_cards");

            migrationBuilder.DropIndex(
                name: "IX_customers_StoreId_FirstSeenAt_Id",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "IX_customers_StoreId_LastPurchaseAt_Id",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "IX_customers_StoreId_NormalizedUsername_Id",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "IX_customers_StoreId_TotalSpentCents_Id",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "IX_coupons_StoreId_CreatedAt_Id",
                table: "coupons");

            migrationBuilder.DropIndex(
                name: "IX_bans_StoreId_CreatedAt_Id",
                table: "bans");

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_StoreId_NormalizedUsername",
                table: "subscriptions",
                columns: new[] { "StoreId", "NormalizedUsername" });

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_StoreId_StartedAt",
                table: "subscriptions",
                columns: new[] { "StoreId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sales_StoreId_StartDate",
                table: "sales",
                columns: new[] { "StoreId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_StoreId_CouponId",
                table: "orders",
                columns: new[] { "StoreId", "CouponId" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_StoreId_CreatedAt",
                table: "orders",
                columns: new[] { "StoreId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_StoreId_NormalizedUsername",
                table: "orders",
                columns: new[] { "StoreId", "NormalizedUsername" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_StoreId_PlayerUuid",
                table: "orders",
                columns: new[] { "StoreId", "PlayerUuid" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_StoreId_Status",
                table: "orders",
                columns: new[] { "StoreId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_gift_cards_StoreId_CreatedAt",
                table: "gift_cards",
                columns: new[] { "StoreId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_StoreId_FirstSeenAt",
                table: "customers",
                columns: new[] { "StoreId", "FirstSeenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_StoreId_LastPurchaseAt",
                table: "customers",
                columns: new[] { "StoreId", "LastPurchaseAt" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_StoreId_NormalizedUsername",
                table: "customers",
                columns: new[] { "StoreId", "NormalizedUsername" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_StoreId_TotalSpentCents",
                table: "customers",
                columns: new[] { "StoreId", "TotalSpentCents" });

            migrationBuilder.CreateIndex(
                name: "IX_coupons_StoreId_CreatedAt",
                table: "coupons",
                columns: new[] { "StoreId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_bans_StoreId_CreatedAt",
                table: "bans",
                columns: new[] { "StoreId", "CreatedAt" });
        }
    }
}
