using Microsoft.EntityFrameworkCore.Design;

namespace FluxStore.Management.Infrastructure.Persistence.Providers;

/// <summary>
/// Used by <c>dotnet ef</c> (see <c>build.cake</c>, AddMigration and SqlServerScript): adding a migration or writing the
/// script never connects, so the placeholder connection string is enough; set <c>Database__ConnectionString</c> to
/// point <c>dotnet ef database update</c> at a real PostgreSQL database.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresApplicationDbContext>
{
    public PostgresApplicationDbContext CreateDbContext(string[] args) =>
        (PostgresApplicationDbContext)new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = Environment.GetEnvironmentVariable("Database__ConnectionString") ?? "Host=localhost;Database=fluxstore;Username=fluxstore",
        }.CreateContext();
}
