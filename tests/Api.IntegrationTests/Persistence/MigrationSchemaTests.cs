using System.Data.Common;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Persistence;

/// <summary>
/// The generated migrations must build exactly the schema the EF model describes: the migrated database
/// is compared with one created straight from the model (tables, columns, types, nullability, keys,
/// foreign keys with their delete rules, and indexes).
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class MigrationSchemaTests(string provider)
{
    [Test]
    public async Task MigratedSchemaShouldMatchTheModel()
    {
        await using var migratedDatabase = await TestDatabase.CreateAsync(provider);
        await using var modelDatabase = await TestDatabase.CreateAsync(provider);

        await using (var migrated = CreateContext(migratedDatabase))
        {
            await migrated.Database.MigrateAsync();
            (await migrated.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        }

        await using (var fromModel = CreateContext(modelDatabase))
        {
            await fromModel.Database.EnsureCreatedAsync();
        }

        var expected = await DescribeAsync(modelDatabase);
        var actual = await DescribeAsync(migratedDatabase);

        expected.Should().NotBeEmpty();
        actual.Should().BeEquivalentTo(expected, "the migrations must create what the model describes");
        expected.Should().Contain(line => line.StartsWith("table packages", StringComparison.Ordinal));
    }

    [Test]
    public async Task MigratingTwiceShouldChangeNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = CreateContext(database))
        {
            await first.Database.MigrateAsync();
        }

        var before = await DescribeAsync(database);
        await using (var second = CreateContext(database))
        {
            await second.Database.MigrateAsync();
        }

        (await DescribeAsync(database)).Should().BeEquivalentTo(before);
    }

    private static ApplicationDbContext CreateContext(TestDatabase database) =>
        new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(database.Provider), ConnectionString = database.ConnectionString }
            .CreateContext();

    private static async Task<List<string>> DescribeAsync(TestDatabase database)
    {
        await using var context = CreateContext(database);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var sql = database.Provider switch
        {
            "Sqlite" => SqliteSchemaQuery,
            "SqlServer" => SqlServerSchemaQuery,
            _ => PostgresSchemaQuery,
        };
        var lines = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines.Where(l => !l.Contains("__EFMigrations", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    private const string SqliteSchemaQuery = """
        SELECT 'table ' || m.name FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        UNION ALL
        SELECT 'column ' || m.name || '.' || c.name || ' ' || c.type || ' notnull=' || c."notnull" || ' pk=' || c.pk
          FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        UNION ALL
        SELECT 'index ' || m.name || '.' || i.name || ' unique=' || i."unique" || ' cols=' ||
               (SELECT group_concat(ii.name, ',') FROM (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno) ii)
          FROM sqlite_master m JOIN pragma_index_list(m.name) i WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND i.origin = 'c'
        UNION ALL
        SELECT 'fk ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' ondelete=' || f.on_delete
          FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        """;

    private const string PostgresSchemaQuery = """
        SELECT 'table ' || table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        UNION ALL
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || '(' || coalesce(character_maximum_length::text, '') || ') nullable=' || is_nullable || ' default=' || coalesce(column_default, '')
          FROM information_schema.columns WHERE table_schema = 'public'
        UNION ALL
        SELECT 'index ' || tablename || '.' || indexname || ' ' || regexp_replace(indexdef, '^.* USING ', '')
          FROM pg_indexes WHERE schemaname = 'public'
        UNION ALL
        SELECT 'constraint ' || tc.table_name || '.' || tc.constraint_name || ' ' || tc.constraint_type || ' ' ||
               (SELECT string_agg(k.column_name, ',' ORDER BY k.ordinal_position) FROM information_schema.key_column_usage k
                 WHERE k.constraint_name = tc.constraint_name AND k.table_schema = 'public') ||
               coalesce(' ondelete=' || rc.delete_rule, '')
          FROM information_schema.table_constraints tc
          LEFT JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name AND rc.constraint_schema = 'public'
         WHERE tc.table_schema = 'public' AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE')
        """;

    private const string SqlServerSchemaQuery = """
        SELECT 'table ' + t.name FROM sys.tables t
        UNION ALL
        SELECT 'column ' + t.name + '.' + c.name + ' ' + ty.name + '(' + CAST(c.max_length AS varchar(10)) + ') nullable=' +
               CAST(c.is_nullable AS varchar(1))
          FROM sys.columns c JOIN sys.tables t ON t.object_id = c.object_id JOIN sys.types ty ON ty.user_type_id = c.user_type_id
        UNION ALL
        SELECT 'index ' + t.name + '.' + i.name + ' unique=' + CAST(i.is_unique AS varchar(1)) + ' cols=' +
               STRING_AGG(c.name, ',') WITHIN GROUP (ORDER BY ic.key_ordinal)
          FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id
          JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
          JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
         WHERE i.name IS NOT NULL
         GROUP BY t.name, i.name, i.is_unique
        UNION ALL
        SELECT 'fk ' + t.name + '.' + fk.name + ' -> ' + OBJECT_NAME(fk.referenced_object_id) + ' ondelete=' + fk.delete_referential_action_desc
          FROM sys.foreign_keys fk JOIN sys.tables t ON t.object_id = fk.parent_object_id
        """;
}
