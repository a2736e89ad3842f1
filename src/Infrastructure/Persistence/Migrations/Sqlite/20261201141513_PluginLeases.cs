using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PluginLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "pending_commands",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "FailedAt",
                table: "pending_commands",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "pending_commands",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LeaseToken",
                table: "pending_commands",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeasedUntil",
                table: "pending_commands",
                type: "TEXT",
                nullable: true);

            // Commands acknowledged before leases existed were handed out at least once.
            migrationBuilder.Sql("UPDATE pending_commands SET \"Attempts\" = 1 WHERE \"ExecutedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_pending_commands_LeaseToken",
                table: "pending_commands",
                column: "LeaseToken");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_pending_commands_LeaseToken",
                table: "pending_commands");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "pending_commands");

            migrationBuilder.DropColumn(
                name: "FailedAt",
                table: "pending_commands");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "pending_commands");

            migrationBuilder.DropColumn(
                name: "LeaseToken",
                table: "pending_commands");

            migrationBuilder.DropColumn(
                name: "LeasedUntil",
                table: "pending_commands");
        }
    }
}
