using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SecurityPassAndSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ConsecutiveFailures",
                table: "webhook_endpoints",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "DisabledAt",
                table: "webhook_endpoints",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisabledReason",
                table: "webhook_endpoints",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FailingSince",
                table: "webhook_endpoints",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CancelAtPeriodEnd",
                table: "subscriptions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndedAt",
                table: "subscriptions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "GraceEndsAt",
                table: "subscriptions",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "RenewalCount",
                table: "subscriptions",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SubscriptionGracePeriodHours",
                table: "stores",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "SubscriptionId",
                table: "order_items",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CommittedAt",
                table: "idempotency_keys",
                type: "datetime2",
                nullable: true);

            // Data step: existing subscriptions get a grace end equal to their period end (no store had a grace period).
            migrationBuilder.Sql("UPDATE subscriptions SET \"GraceEndsAt\" = \"CurrentPeriodEnd\"");

            migrationBuilder.CreateTable(
                name: "store_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    Permissions = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    InvitedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RespondedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_store_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_store_invitations_stores_StoreId",
                        column: x => x.StoreId,
                        principalTable: "stores",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_webhook_delivery_attempts_AttemptedAt",
                table: "webhook_delivery_attempts",
                column: "AttemptedAt");

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_CompletedAt",
                table: "webhook_deliveries",
                column: "CompletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_Status_GraceEndsAt_Id",
                table: "subscriptions",
                columns: new[] { "Status", "GraceEndsAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_StoreId_PlayerUuid",
                table: "subscriptions",
                columns: new[] { "StoreId", "PlayerUuid" });

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_StoreId_Status_StartedAt_Id",
                table: "subscriptions",
                columns: new[] { "StoreId", "Status", "StartedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_CreatedAt",
                table: "audit_entries",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_store_invitations_NormalizedEmail_Status",
                table: "store_invitations",
                columns: new[] { "NormalizedEmail", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_store_invitations_StoreId_NormalizedEmail",
                table: "store_invitations",
                columns: new[] { "StoreId", "NormalizedEmail" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "store_invitations");

            migrationBuilder.DropIndex(
                name: "IX_webhook_delivery_attempts_AttemptedAt",
                table: "webhook_delivery_attempts");

            migrationBuilder.DropIndex(
                name: "IX_webhook_deliveries_CompletedAt",
                table: "webhook_deliveries");

            migrationBuilder.DropIndex(
                name: "IX_subscriptions_Status_GraceEndsAt_Id",
                table: "subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_subscriptions_StoreId_PlayerUuid",
                table: "subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_subscriptions_StoreId_Status_StartedAt_Id",
                table: "subscriptions");

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

            migrationBuilder.DropColumn(
                name: "CancelAtPeriodEnd",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "GraceEndsAt",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "RenewalCount",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "SubscriptionGracePeriodHours",
                table: "stores");

            migrationBuilder.DropColumn(
                name: "SubscriptionId",
                table: "order_items");

            migrationBuilder.DropColumn(
                name: "CommittedAt",
                table: "idempotency_keys");
        }
    }
}
