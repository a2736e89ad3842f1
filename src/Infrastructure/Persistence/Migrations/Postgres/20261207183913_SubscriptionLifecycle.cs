using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SubscriptionLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CancelAtPeriodEnd",
                table: "subscriptions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndedAt",
                table: "subscriptions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "GraceEndsAt",
                table: "subscriptions",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "RenewalCount",
                table: "subscriptions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SubscriptionGracePeriodHours",
                table: "stores",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "SubscriptionId",
                table: "order_items",
                type: "uuid",
                nullable: true);

            // Data step: existing subscriptions end at their period end (no grace yet).
            migrationBuilder.Sql("UPDATE subscriptions SET \"GraceEndsAt\" = \"CurrentPeriodEnd\"");
            migrationBuilder.Sql("ALTER TABLE stores ALTER COLUMN \"SubscriptionGracePeriodHours\" DROP DEFAULT");
            migrationBuilder.Sql("ALTER TABLE subscriptions ALTER COLUMN \"CancelAtPeriodEnd\" DROP DEFAULT");
            migrationBuilder.Sql("ALTER TABLE subscriptions ALTER COLUMN \"GraceEndsAt\" DROP DEFAULT");
            migrationBuilder.Sql("ALTER TABLE subscriptions ALTER COLUMN \"RenewalCount\" DROP DEFAULT");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_subscriptions_Status_GraceEndsAt_Id",
                table: "subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_subscriptions_StoreId_PlayerUuid",
                table: "subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_subscriptions_StoreId_Status_StartedAt_Id",
                table: "subscriptions");

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
        }
    }
}
