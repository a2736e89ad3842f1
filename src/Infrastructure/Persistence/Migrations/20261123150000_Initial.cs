using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FluxStore.Management.Infrastructure.Persistence.Migrations;

/// <summary>
/// Accounts, stores, API keys, game servers and the catalog. Written by hand and provider-neutral:
/// no column types are named, so each provider maps the CLR types itself.
/// </summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261123150000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                NormalizedEmail = table.Column<string>(maxLength: 254, nullable: false),
                DisplayName = table.Column<string>(maxLength: 100, nullable: true),
                PasswordHash = table.Column<string>(maxLength: 500, nullable: false),
                IsPlatformAdmin = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_users", x => x.Id));

        migrationBuilder.CreateTable(
            name: "stores",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Currency = table.Column<string>(maxLength: 3, nullable: false),
                Plan = table.Column<string>(maxLength: 10, nullable: false),
                ProExpiresAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_stores", x => x.Id));

        migrationBuilder.CreateTable(
            name: "store_members",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                IsOwner = table.Column<bool>(nullable: false),
                Permissions = table.Column<string>(maxLength: 200, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_store_members", x => x.Id);
                table.ForeignKey("FK_store_members_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_store_members_users_UserId", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "api_keys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Permissions = table.Column<string>(maxLength: 1000, nullable: false),
                SecretHash = table.Column<byte[]>(nullable: false),
                KeyHint = table.Column<string>(maxLength: 4, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: true),
                LastUsedAt = table.Column<DateTime>(nullable: true),
                RevokedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_api_keys", x => x.Id);
                table.ForeignKey("FK_api_keys_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "game_servers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                KeyHash = table.Column<byte[]>(nullable: false),
                KeyHint = table.Column<string>(maxLength: 4, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_game_servers", x => x.Id);
                table.ForeignKey("FK_game_servers_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "categories",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                IsEnabled = table.Column<bool>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_categories", x => x.Id);
                table.ForeignKey("FK_categories_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "packages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StoreId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Description = table.Column<string>(maxLength: 5000, nullable: true),
                PriceCents = table.Column<long>(nullable: false),
                ImageUrl = table.Column<string>(maxLength: 2048, nullable: true),
                IsActive = table.Column<bool>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                CategoryId = table.Column<Guid>(nullable: true),
                AllowCustomPrice = table.Column<bool>(nullable: false),
                GlobalLimit = table.Column<int>(nullable: true),
                PerUserLimit = table.Column<int>(nullable: true),
                IsCumulative = table.Column<bool>(nullable: false),
                IsTiered = table.Column<bool>(nullable: false),
                IsSubscription = table.Column<bool>(nullable: false),
                SubscriptionIntervalValue = table.Column<int>(nullable: true),
                SubscriptionIntervalUnit = table.Column<string>(maxLength: 10, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_packages", x => x.Id);
                table.ForeignKey("FK_packages_stores_StoreId", x => x.StoreId, "stores", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_packages_categories_CategoryId", x => x.CategoryId, "categories", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "package_servers",
            columns: table => new
            {
                PackageId = table.Column<Guid>(nullable: false),
                GameServerId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_package_servers", x => new { x.PackageId, x.GameServerId });
                table.ForeignKey("FK_package_servers_packages_PackageId", x => x.PackageId, "packages", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_package_servers_game_servers_GameServerId", x => x.GameServerId, "game_servers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "package_commands",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PackageId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Stage = table.Column<string>(maxLength: 10, nullable: false),
                Content = table.Column<string>(maxLength: 1000, nullable: false),
                OnlineOnly = table.Column<bool>(nullable: false),
                ServerIds = table.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_package_commands", x => x.Id);
                table.ForeignKey("FK_package_commands_packages_PackageId", x => x.PackageId, "packages", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_users_NormalizedEmail", "users", "NormalizedEmail", unique: true);
        migrationBuilder.CreateIndex("IX_store_members_StoreId_UserId", "store_members", ["StoreId", "UserId"], unique: true);
        migrationBuilder.CreateIndex("IX_store_members_UserId", "store_members", "UserId");
        migrationBuilder.CreateIndex("IX_api_keys_StoreId_SecretHash", "api_keys", ["StoreId", "SecretHash"], unique: true);
        migrationBuilder.CreateIndex("IX_game_servers_KeyHash", "game_servers", "KeyHash", unique: true);
        migrationBuilder.CreateIndex("IX_game_servers_StoreId", "game_servers", "StoreId");
        migrationBuilder.CreateIndex("IX_categories_StoreId_SortOrder", "categories", ["StoreId", "SortOrder"]);
        migrationBuilder.CreateIndex("IX_packages_StoreId_SortOrder", "packages", ["StoreId", "SortOrder"]);
        migrationBuilder.CreateIndex("IX_packages_CategoryId", "packages", "CategoryId");
        migrationBuilder.CreateIndex("IX_package_servers_GameServerId", "package_servers", "GameServerId");
        migrationBuilder.CreateIndex("IX_package_commands_PackageId", "package_commands", "PackageId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "package_commands", "package_servers", "packages", "categories", "game_servers", "api_keys", "store_members", "stores", "users" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
