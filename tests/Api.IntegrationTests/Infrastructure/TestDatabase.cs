using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// An empty database created by this test run: a SQLite file always, a PostgreSQL database when
/// <c>FLUXSTORE_TEST_POSTGRES</c> holds a connection string for a role that may create databases, and a SQL Server
/// database when <c>FLUXSTORE_TEST_SQLSERVER</c> holds one for a login that may create databases. Disposing drops
/// exactly this database (by its name, which carries this run's id): other processes share the servers.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "FLUXSTORE_TEST_POSTGRES";
    public const string SqlServerVariable = "FLUXSTORE_TEST_SQLSERVER";

    /// <summary>Names every database of this run (<c>fluxstore_test_{run}_{n}</c>), so cleanup never touches another run's.</summary>
    public static readonly string RunId = Guid.NewGuid().ToString("N")[..12];

    private static int _created;

    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>The provider names the integration tests run on (the <c>Database:Provider</c> values).</summary>
    public static IEnumerable<string> Providers
    {
        get
        {
            yield return "Sqlite";
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
            {
                yield return "Postgres";
            }

            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(SqlServerVariable)))
            {
                yield return "SqlServer";
            }
        }
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var name = $"fluxstore_test_{RunId}_{Interlocked.Increment(ref _created)}";
        return provider switch
        {
            "Sqlite" => new SqliteTestDatabase(name),
            "Postgres" => await PostgresTestDatabase.CreateNamedAsync(name),
            "SqlServer" => await SqlServerTestDatabase.CreateNamedAsync(name),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }

    public abstract ValueTask DisposeAsync();

    private sealed class SqliteTestDatabase(string name) : TestDatabase
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"{name}.db");

        public override string Provider => "Sqlite";

        public override string ConnectionString => $"Data Source={_path};Default Timeout=30";

        public override ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                }
            }

            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresTestDatabase(string adminConnectionString, string name) : TestDatabase
    {
        public override string Provider => "Postgres";

        // One PostgreSQL server (max_connections 100 by default) serves every API host of the run at once, and hosts
        // outlive their fixtures: small pools whose idle connections close within seconds keep the run under the limit
        // (a refused connection is 53300, which the API rightly answers 503).
        public override string ConnectionString =>
            new NpgsqlConnectionStringBuilder(adminConnectionString)
            {
                Database = name,
                MaxPoolSize = 20,
                ConnectionIdleLifetime = 10,
                ConnectionPruningInterval = 2,
            }.ConnectionString;

        public static async Task<TestDatabase> CreateNamedAsync(string name)
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable)!;
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
            return new PostgresTestDatabase(admin, name);
        }

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync();
            // DROP DATABASE waits for a checkpoint, which takes long on a machine busy with other test runs.
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection) { CommandTimeout = 180 };
            // A backend of another role (an autovacuum worker on the fresh database) cannot be terminated by this role;
            // it finishes in a moment. The last try outside the wait lets its error through.
            var dropped = await Eventually.Until(
                async () =>
                {
                    try
                    {
                        await command.ExecuteNonQueryAsync();
                        return true;
                    }
                    catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
                    {
                        return false;
                    }
                },
                TimeSpan.FromSeconds(5),
                TimeSpan.FromMilliseconds(500));
            if (!dropped)
            {
                await command.ExecuteNonQueryAsync();
            }
        }
    }

    /// <summary>
    /// SQL Server through Microsoft.Data.SqlClient, which the API's SQL Server provider brings: it is looked up at run
    /// time so this project needs no package of its own for it.
    /// </summary>
    private sealed class SqlServerTestDatabase(string adminConnectionString, string name) : TestDatabase
    {
        public override string Provider => "SqlServer";

        public override string ConnectionString
        {
            get
            {
                var builder = new DbConnectionStringBuilder { ConnectionString = adminConnectionString };
                builder.Remove("Initial Catalog");
                builder.Remove("Database");
                builder["Initial Catalog"] = name;
                return builder.ConnectionString;
            }
        }

        public static async Task<TestDatabase> CreateNamedAsync(string name)
        {
            var admin = Environment.GetEnvironmentVariable(SqlServerVariable)!;
            await ExecuteAsync(admin, $"CREATE DATABASE [{name}]");
            return new SqlServerTestDatabase(admin, name);
        }

        public override async ValueTask DisposeAsync()
        {
            ClientFactory().GetType().Assembly.GetType("Microsoft.Data.SqlClient.SqlConnection")
                ?.GetMethod("ClearAllPools")?.Invoke(null, null);
            await ExecuteAsync(adminConnectionString, $"""
                IF DB_ID(N'{name}') IS NOT NULL
                BEGIN
                    ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
                    DROP DATABASE [{name}];
                END
                """);
        }

        private static async Task ExecuteAsync(string connectionString, string sql)
        {
            await using var connection = ClientFactory().CreateConnection()!;
            connection.ConnectionString = connectionString;
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }

        private static DbProviderFactory ClientFactory() =>
            Type.GetType("Microsoft.Data.SqlClient.SqlClientFactory, Microsoft.Data.SqlClient")
                ?.GetField("Instance")?.GetValue(null) as DbProviderFactory
            ?? throw new InvalidOperationException(
                $"{SqlServerVariable} is set, but Microsoft.Data.SqlClient is not in this build (the API has no SQL Server provider yet).");
    }
}
