using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IdempotencyCommittedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CommittedAt",
                table: "idempotency_keys",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CommittedAt",
                table: "idempotency_keys");
        }
    }
}
