using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FluxStore.Management.Infrastructure.Persistence.Migrations;

/// <summary>Counters for the database-backed rate-limit store (<c>FluxStore:RateLimit:Store = Database</c>).</summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261123170000_RateLimitCounters")]
public sealed class RateLimitCounters : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "rate_limit_counters",
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 200, nullable: false),
                WindowStart = table.Column<long>(nullable: false),
                Count = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_rate_limit_counters", x => x.Key));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable("rate_limit_counters");
}
