using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FluxStore.Management.Infrastructure.Persistence.Migrations;

/// <summary>Gift cards (code hash + encrypted code), the store audit trail and the game-server command queue.</summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261123161000_GiftCardsAuditCommandQueue")]
public sealed class GiftCardsAuditCommandQueue : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "gift_cards",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                CodeHash = table.Column<byte[]>(nullable: false),
                ProtectedCode = table.Column<string>(maxLength: 1000, nullable: false),
                AmountCents = table.Column<long>(nullable: false),
                BalanceCents = table.Column<long>(nullable: false),
                Scope = table.Column<string>(maxLength: 12, nullable: false),
                ScopeIds = table.Column<string>(maxLength: 4000, nullable: true),
                RecipientName = table.Column<string>(maxLength: 100, nullable: true),
                NormalizedRecipientName = table.Column<string>(maxLength: 100, nullable: true),
                RecipientEmail = table.Column<string>(maxLength: 254, nullable: true),
                Message = table.Column<string>(maxLength: 500, nullable: true),
                ExpiresAt = table.Column<DateTime>(nullable: true),
                IsEnabled = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_gift_cards", x => x.Id);
                table.ForeignKey("FK_gift_cards_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                ActorUserId = table.Column<Guid>(nullable: true),
                Action = table.Column<string>(maxLength: 100, nullable: false),
                TargetType = table.Column<string>(maxLength: 50, nullable: false),
                TargetId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_audit_entries", x => x.Id);
                table.ForeignKey("FK_audit_entries_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "pending_commands",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                GameServerId = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Command = table.Column<string>(maxLength: 8000, nullable: false),
                PlayerUsername = table.Column<string>(maxLength: 100, nullable: false),
                PlayerUuid = table.Column<string>(maxLength: 64, nullable: true),
                OnlineOnly = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExecutedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_pending_commands", x => x.Id);
                table.ForeignKey("FK_pending_commands_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_pending_commands_game_servers_GameServerId", x => x.GameServerId, "game_servers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_gift_cards_StoreId_CodeHash", "gift_cards", ["StoreId", "CodeHash"], unique: true);
        migrationBuilder.CreateIndex("IX_gift_cards_StoreId_CreatedAt", "gift_cards", ["StoreId", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_audit_entries_StoreId_CreatedAt", "audit_entries", ["StoreId", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_pending_commands_GameServerId_ExecutedAt_CreatedAt", "pending_commands", ["GameServerId", "ExecutedAt", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_pending_commands_OrderId", "pending_commands", "OrderId");
        migrationBuilder.CreateIndex("IX_pending_commands_StoreId", "pending_commands", "StoreId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "pending_commands", "audit_entries", "gift_cards" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
