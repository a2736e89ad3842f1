using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StoreChangeSignal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credential_changes");

            migrationBuilder.CreateTable(
                name: "store_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_store_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_store_changes_At",
                table: "store_changes",
                column: "At");

            // Hand-written: every instance LISTENs on this channel (StoreChangeWatcher); the NOTIFY is sent by the
            // transaction that records the change and is delivered when it commits. The old table's trigger went with
            // it; its function is dropped here.
            migrationBuilder.Sql("""
                DROP FUNCTION IF EXISTS credential_changes_notify();
                CREATE FUNCTION store_changes_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('fluxstore_store_changes', '');
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER store_changes_notify AFTER INSERT ON store_changes
                    FOR EACH STATEMENT EXECUTE FUNCTION store_changes_notify();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS store_changes_notify ON store_changes; DROP FUNCTION IF EXISTS store_changes_notify();");
            migrationBuilder.DropTable(
                name: "store_changes");

            migrationBuilder.CreateTable(
                name: "credential_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credential_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credential_changes_At",
                table: "credential_changes",
                column: "At");

            migrationBuilder.Sql("""
                CREATE FUNCTION credential_changes_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('fluxstore_credential_changes', '');
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER credential_changes_notify AFTER INSERT ON credential_changes
                    FOR EACH STATEMENT EXECUTE FUNCTION credential_changes_notify();
                """);
        }
    }
}
