using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StoreCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "store_counts",
                columns: table => new
                {
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_store_counts", x => new { x.StoreId, x.Name });
                });

            // Hand-written: the triggers that keep the counts, and the counts of the rows already there
            // (docs/decisions/0024-store-counts.md).
            foreach (var statement in StoreCountTriggers.Create(DatabaseProvider.SqlServer))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in StoreCountTriggers.Drop(DatabaseProvider.SqlServer))
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropTable(
                name: "store_counts");
        }
    }
}
