using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RefundsAndGiftCardPayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrderItemId",
                table: "subscriptions",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "pending_commands",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrderItemId",
                table: "pending_commands",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stage",
                table: "pending_commands",
                type: "nvarchar(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            // Rows queued before refunds existed are purchase commands.
            migrationBuilder.Sql("UPDATE pending_commands SET \"Stage\" = 'Purchase' WHERE \"Stage\" = ''");

            migrationBuilder.AddColumn<Guid>(
                name: "RefundId",
                table: "order_items",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RefundedAt",
                table: "order_items",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "order_refunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false),
                    GiftCardAmountCents = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_refunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_order_refunds_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_order_refunds_OrderId",
                table: "order_refunds",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "order_refunds");

            migrationBuilder.DropColumn(
                name: "OrderItemId",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "pending_commands");

            migrationBuilder.DropColumn(
                name: "OrderItemId",
                table: "pending_commands");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "pending_commands");

            migrationBuilder.DropColumn(
                name: "RefundId",
                table: "order_items");

            migrationBuilder.DropColumn(
                name: "RefundedAt",
                table: "order_items");
        }
    }
}
