using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditActors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ActorApiKeyId",
                table: "audit_entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorKind",
                table: "audit_entries",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "System");

            migrationBuilder.AddColumn<string>(
                name: "ActorName",
                table: "audit_entries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_StoreId_ActorApiKeyId_CreatedAt",
                table: "audit_entries",
                columns: new[] { "StoreId", "ActorApiKeyId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_StoreId_TargetType_TargetId_CreatedAt",
                table: "audit_entries",
                columns: new[] { "StoreId", "TargetType", "TargetId", "CreatedAt" });

            // Data step (hand-added): entries written before actors had a kind were a member's when they name a user.
            migrationBuilder.Sql("UPDATE audit_entries SET \"ActorKind\" = 'User' WHERE \"ActorUserId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_entries_StoreId_ActorApiKeyId_CreatedAt",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "IX_audit_entries_StoreId_TargetType_TargetId_CreatedAt",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "ActorApiKeyId",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "ActorKind",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "ActorName",
                table: "audit_entries");
        }
    }
}
