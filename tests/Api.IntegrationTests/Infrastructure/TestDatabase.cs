using Microsoft.Data.Sqlite;
using Npgsql;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, empty database per test fixture: a SQLite file always, and a PostgreSQL database when
/// <c>FLUXSTORE_TEST_POSTGRES</c> holds a connection string for a role that may create databases.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "FLUXSTORE_TEST_POSTGRES";

    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public static IEnumerable<string> Providers
    {
        get
        {
            yield return "Sqlite";
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
            {
                yield return "Postgres";
            }
        }
    }

    public static async Task<TestDatabase> CreateAsync(string provider) => provider switch
    {
        "Sqlite" => new SqliteTestDatabase(),
        "Postgres" => await PostgresTestDatabase.CreateAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    public abstract ValueTask DisposeAsync();

    private sealed class SqliteTestDatabase : TestDatabase
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"fluxstore-test-{Guid.NewGuid():N}.db");

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

        public override string ConnectionString =>
            new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, MaxPoolSize = 50 }.ConnectionString;

        public static async Task<TestDatabase> CreateAsync()
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable)!;
            var name = $"fluxstore_test_{Guid.NewGuid():N}";
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
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
