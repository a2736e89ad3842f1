using Microsoft.EntityFrameworkCore.Design;

namespace FluxStore.Management.Infrastructure.Persistence.Providers;

/// <summary>
/// Used by <c>dotnet ef</c> (see <c>build.cake</c>, AddMigration and SqlServerScript): adding a migration or writing the
/// script never connects, so the placeholder connection string is enough; set <c>Database__ConnectionString</c> to
/// point <c>dotnet ef database update</c> at a real SQLite (the embedded default) database.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteApplicationDbContext>
{
    public SqliteApplicationDbContext CreateDbContext(string[] args) =>
        (SqliteApplicationDbContext)new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = Environment.GetEnvironmentVariable("Database__ConnectionString") ?? "Data Source=fluxstore.db",
        }.CreateContext();
}
