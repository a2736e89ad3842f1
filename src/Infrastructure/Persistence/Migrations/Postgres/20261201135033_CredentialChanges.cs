using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FluxStore.Management.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CredentialChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            // Hand-written: every instance LISTENs on this channel (CredentialChangeWatcher); the NOTIFY is sent by the
            // transaction that records the change and is delivered when it commits.
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS credential_changes_notify ON credential_changes; DROP FUNCTION IF EXISTS credential_changes_notify();");
            migrationBuilder.DropTable(
                name: "credential_changes");
        }
    }
}
