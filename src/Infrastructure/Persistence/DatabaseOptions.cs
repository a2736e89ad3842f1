using FluxStore.Management.Application.Common.Configuration;
using FluxStore.Management.Infrastructure.Persistence.Providers;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace FluxStore.Management.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary><c>Database:Provider</c>, <c>Database:ConnectionString</c>, <c>Database:MigrateOnStartup</c>, validated at start-up.</summary>
public sealed class DatabaseOptions : IValidatedOptions
{
    public const string Section = "Database";

    public const string DefaultSqlite = "Data Source=fluxstore.db";

    /// <summary><c>Sqlite</c> (embedded, the default), <c>Postgres</c> or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for the server providers; SQLite defaults to <see cref="DefaultSqlite"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply the migrations at start-up (off: a DBA applies <c>docs/sql/*.sql</c> or the migrations).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// With <see cref="MigrateOnStartup"/>: how long start-up keeps retrying (with backoff) a database that cannot be
    /// reached before it gives up with one line naming provider and host. 0: no retry.
    /// </summary>
    public int StartupRetrySeconds { get; set; } = 30;

    /// <summary>The connection string in use: the configured one, else the SQLite default.</summary>
    public string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) && Provider == DatabaseProvider.Sqlite ? DefaultSqlite : ConnectionString ?? string.Empty;

    /// <summary>Reads the section once, for what must be decided while services are registered (the context type).</summary>
    public static DatabaseOptions Read(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        var section = configuration.GetSection(Section);
        if (Enum.TryParse<DatabaseProvider>(section[nameof(Provider)], ignoreCase: true, out var provider))
        {
            options.Provider = provider;
        }

        options.ConnectionString = section[nameof(ConnectionString)];
        options.MigrateOnStartup = !bool.TryParse(section[nameof(MigrateOnStartup)], out var migrate) || migrate;
        return options;
    }

    public IEnumerable<string> Problems()
    {
        if (!Enum.IsDefined(Provider))
            yield return $"{Section}:Provider must be Sqlite, Postgres or SqlServer.";
        if (StartupRetrySeconds is < 0 or > 3600)
            yield return $"{Section}:StartupRetrySeconds must be between 0 and 3600.";
        if (Provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(ConnectionString))
            yield return $"{Section}:ConnectionString is required for {Provider}.";
        else if (DescribeHost() is null)
            yield return $"{Section}:ConnectionString is not a valid {Provider} connection string.";
    }

    /// <summary>Where the database is, for messages: a host (and port or instance), or the SQLite file. Never credentials.</summary>
    public string? DescribeHost()
    {
        try
        {
            return Provider switch
            {
                DatabaseProvider.Postgres => PostgresHost(new NpgsqlConnectionStringBuilder(EffectiveConnectionString)),
                DatabaseProvider.SqlServer => new SqlConnectionStringBuilder(EffectiveConnectionString).DataSource,
                _ => new SqliteConnectionStringBuilder(EffectiveConnectionString).DataSource,
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    private static string PostgresHost(NpgsqlConnectionStringBuilder builder) => $"{builder.Host}:{builder.Port}";

    /// <summary>Points <paramref name="builder"/> at this database with its provider.</summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder) => Provider switch
    {
        DatabaseProvider.Postgres => builder.UseNpgsql(WithAutoPrepare(EffectiveConnectionString), npgsql => npgsql.ConfigureDataSource(
            // Traced only inside a span: a background loop's idle poll (several a second) starts none and is not traced.
            source => source.ConfigureTracing(tracing => tracing.ConfigureCommandFilter(_ => System.Diagnostics.Activity.Current is not null)))),
        DatabaseProvider.SqlServer => builder.UseSqlServer(EffectiveConnectionString),
        _ => builder.UseSqlite(EffectiveConnectionString),
    };

    /// <summary>Statements a PostgreSQL connection prepares automatically unless the connection string says otherwise.</summary>
    public const int DefaultMaxAutoPrepare = 50;

    /// <summary>
    /// Npgsql prepares a statement once it has run a few times on a connection and keeps it across pooled reuse, so the
    /// server parses and plans the product's fixed set of queries once per connection instead of on every execution.
    /// Off by default in Npgsql; on here because planning every execution anew costs the CPU the server shares with the
    /// API (docs/performance.md). An explicit <c>Max Auto Prepare</c> in the connection string, 0 included, is kept.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        // NpgsqlConnectionStringBuilder.ContainsKey answers for every known keyword; the raw pairs say what was given.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(k => string.Equals(k.Replace(" ", string.Empty, StringComparison.Ordinal), "MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = DefaultMaxAutoPrepare }.ConnectionString;
    }

    /// <summary>A context of this provider's type (its own migrations), outside dependency injection: tools and tests.</summary>
    public ApplicationDbContext CreateContext() => Provider switch
    {
        DatabaseProvider.Postgres => new PostgresApplicationDbContext(Build<PostgresApplicationDbContext>()),
        DatabaseProvider.SqlServer => new SqlServerApplicationDbContext(Build<SqlServerApplicationDbContext>()),
        _ => new SqliteApplicationDbContext(Build<SqliteApplicationDbContext>()),
    };

    private DbContextOptions<TContext> Build<TContext>()
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder);
        return builder.Options;
    }
}
