using Microsoft.EntityFrameworkCore.Design;

namespace FluxStore.Management.Infrastructure.Persistence.Providers;

/// <summary>
/// Used by <c>dotnet ef</c> (see <c>build.cake</c>, AddMigration and SqlServerScript): adding a migration or writing the
/// script never connects, so the placeholder connection string is enough; set <c>Database__ConnectionString</c> to
/// point <c>dotnet ef database update</c> at a real SQL Server database.
/// </summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerApplicationDbContext>
{
    public SqlServerApplicationDbContext CreateDbContext(string[] args) =>
        (SqlServerApplicationDbContext)new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = Environment.GetEnvironmentVariable("Database__ConnectionString") ?? "Server=localhost;Database=FluxStore;Integrated Security=true;TrustServerCertificate=true",
        }.CreateContext();
}
