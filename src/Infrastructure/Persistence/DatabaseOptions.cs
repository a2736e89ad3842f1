using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace FluxStore.Management.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary><c>Database:Provider</c>, <c>Database:ConnectionString</c>, <c>Database:MigrateOnStartup</c>.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public const string DefaultSqlite = "Data Source=fluxstore.db";

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Database");
        var providerText = section["Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres (was '{providerText}').");
        }

        var connectionString = section["ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqlite
                : throw new InvalidOperationException("Database:ConnectionString is required for Postgres.");
        }

        var migrate = !bool.TryParse(section["MigrateOnStartup"], out var m) || m;
        return new DatabaseOptions(provider, connectionString, migrate);
    }

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder) => Provider switch
    {
        DatabaseProvider.Postgres => builder.UseNpgsql(ConnectionString),
        _ => builder.UseSqlite(ConnectionString),
    };
}
