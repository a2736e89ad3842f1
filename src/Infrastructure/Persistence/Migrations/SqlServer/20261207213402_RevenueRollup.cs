using System;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RevenueRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "package_revenue_slots",
                columns: table => new
                {
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Span = table.Column<short>(type: "smallint", nullable: false),
                    Slot = table.Column<int>(type: "int", nullable: false),
                    PackageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PackageName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NetCents = table.Column<long>(type: "bigint", nullable: false),
                    Units = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_package_revenue_slots", x => new { x.StoreId, x.Span, x.Slot, x.PackageId });
                    table.ForeignKey(
                        name: "FK_package_revenue_slots_stores_StoreId",
                        column: x => x.StoreId,
                        principalTable: "stores",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "revenue_slots",
                columns: table => new
                {
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slot = table.Column<int>(type: "int", nullable: false),
                    GrossCents = table.Column<long>(type: "bigint", nullable: false),
                    RefundedCents = table.Column<long>(type: "bigint", nullable: false),
                    Orders = table.Column<int>(type: "int", nullable: false),
                    NewCustomers = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_slots", x => new { x.StoreId, x.Slot });
                    table.ForeignKey(
                        name: "FK_revenue_slots_stores_StoreId",
                        column: x => x.StoreId,
                        principalTable: "stores",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Data step (hand-added): the rollup of the orders and refunds already stored.
            foreach (var statement in RevenueRollupBackfill.Statements(DatabaseProvider.SqlServer))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "package_revenue_slots");

            migrationBuilder.DropTable(
                name: "revenue_slots");
        }
    }
}
