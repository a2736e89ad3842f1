using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoreEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "store_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StoreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_store_events", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_EventId_EndpointId",
                table: "webhook_deliveries",
                columns: new[] { "EventId", "EndpointId" });

            migrationBuilder.CreateIndex(
                name: "IX_store_events_CreatedAt",
                table: "store_events",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_store_events_StoreId_CreatedAt_Id",
                table: "store_events",
                columns: new[] { "StoreId", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "store_events");

            migrationBuilder.DropIndex(
                name: "IX_webhook_deliveries_EventId_EndpointId",
                table: "webhook_deliveries");
        }
    }
}
