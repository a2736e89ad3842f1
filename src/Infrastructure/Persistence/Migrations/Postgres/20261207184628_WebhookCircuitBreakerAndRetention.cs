using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WebhookCircuitBreakerAndRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ConsecutiveFailures",
                table: "webhook_endpoints",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The 0 fills existing rows; the model has no column default, so drop it again (as in PluginLeases).
            migrationBuilder.Sql("ALTER TABLE webhook_endpoints ALTER COLUMN \"ConsecutiveFailures\" DROP DEFAULT");

            migrationBuilder.AddColumn<DateTime>(
                name: "DisabledAt",
                table: "webhook_endpoints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisabledReason",
                table: "webhook_endpoints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FailingSince",
                table: "webhook_endpoints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_webhook_delivery_attempts_AttemptedAt",
                table: "webhook_delivery_attempts",
                column: "AttemptedAt");

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_CompletedAt",
                table: "webhook_deliveries",
                column: "CompletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_CreatedAt",
                table: "audit_entries",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_webhook_delivery_attempts_AttemptedAt",
                table: "webhook_delivery_attempts");

            migrationBuilder.DropIndex(
                name: "IX_webhook_deliveries_CompletedAt",
                table: "webhook_deliveries");

            migrationBuilder.DropIndex(
                name: "IX_audit_entries_CreatedAt",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "ConsecutiveFailures",
                table: "webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "DisabledAt",
                table: "webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "DisabledReason",
                table: "webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "FailingSince",
                table: "webhook_endpoints");
        }
    }
}
