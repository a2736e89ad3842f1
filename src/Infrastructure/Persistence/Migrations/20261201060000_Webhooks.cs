using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FluxStore.Management.Infrastructure.Persistence.Migrations;

/// <summary>Webhook endpoints (encrypted signing secret), the delivery outbox with its lease, and the attempts history.</summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261201060000_Webhooks")]
public sealed class Webhooks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "webhook_endpoints",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                Url = table.Column<string>(maxLength: 2000, nullable: false),
                Events = table.Column<string>(maxLength: 400, nullable: false),
                IsActive = table.Column<bool>(nullable: false),
                ProtectedSecret = table.Column<string>(maxLength: 1000, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_webhook_endpoints", x => x.Id);
                table.ForeignKey("FK_webhook_endpoints_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "webhook_deliveries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                EndpointId = table.Column<Guid>(nullable: false),
                EventId = table.Column<Guid>(nullable: false),
                EventType = table.Column<string>(maxLength: 64, nullable: false),
                Payload = table.Column<string>(nullable: false),
                Status = table.Column<string>(maxLength: 12, nullable: false),
                AttemptCount = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                LeaseToken = table.Column<Guid>(nullable: true),
                LeaseExpiresAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CompletedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_webhook_deliveries", x => x.Id);
                table.ForeignKey("FK_webhook_deliveries_webhook_endpoints_EndpointId", x => x.EndpointId, "webhook_endpoints", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "webhook_delivery_attempts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                EndpointId = table.Column<Guid>(nullable: false),
                DeliveryId = table.Column<Guid>(nullable: false),
                EventId = table.Column<Guid>(nullable: false),
                EventType = table.Column<string>(maxLength: 64, nullable: false),
                Attempt = table.Column<int>(nullable: false),
                StatusCode = table.Column<int>(nullable: true),
                DurationMs = table.Column<long>(nullable: false),
                Succeeded = table.Column<bool>(nullable: false),
                Error = table.Column<string>(maxLength: 500, nullable: true),
                AttemptedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_webhook_delivery_attempts", x => x.Id);
                table.ForeignKey("FK_webhook_delivery_attempts_webhook_deliveries_DeliveryId", x => x.DeliveryId, "webhook_deliveries", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_webhook_endpoints_StoreId_CreatedAt", "webhook_endpoints", ["StoreId", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_webhook_deliveries_Status_NextAttemptAt", "webhook_deliveries", ["Status", "NextAttemptAt"]);
        migrationBuilder.CreateIndex("IX_webhook_deliveries_EndpointId", "webhook_deliveries", "EndpointId");
        migrationBuilder.CreateIndex("IX_webhook_delivery_attempts_EndpointId_AttemptedAt", "webhook_delivery_attempts", ["EndpointId", "AttemptedAt"]);
        migrationBuilder.CreateIndex("IX_webhook_delivery_attempts_DeliveryId", "webhook_delivery_attempts", "DeliveryId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("webhook_delivery_attempts");
        migrationBuilder.DropTable("webhook_deliveries");
        migrationBuilder.DropTable("webhook_endpoints");
    }
}
