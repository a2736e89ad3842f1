using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.Postgres
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
                type: "timestamp with time zone",
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
