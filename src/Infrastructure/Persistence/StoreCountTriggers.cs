using FluxStore.Management.Domain.Bans;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.GiftCards;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>
/// The triggers that keep <see cref="StoreCount"/> rows exact in the same transaction as each write, hand-written per
/// provider (docs/decisions/0027-store-counts.md). An insert adds to the row of its store and kind (creating it), a
/// delete subtracts (never creating: a store being deleted takes its counts with it), a status change moves one
/// from the old status's row to the new one's. PostgreSQL and SQL Server count once per statement (a bulk insert or a
/// set-based UPDATE of 50 subscriptions adjusts each row once); SQLite has only row triggers.
/// </summary>
public static class StoreCountTriggers
{
    /// <summary>The counted tables: the table, its entity, and the kind's name as SQL over the row (<c>{0}</c> = the row's alias, prefixed to columns).</summary>
    private static readonly (string Table, Type Entity, string? StatusPrefix, string? Fixed)[] Counted =
    [
        ("orders", typeof(Order), StoreCount.OrdersPrefix, null),
        ("subscriptions", typeof(Subscription), StoreCount.SubscriptionsPrefix, null),
        ("customers", typeof(Customer), null, StoreCount.Customers),
        ("bans", typeof(Ban), null, StoreCount.Bans),
        ("coupons", typeof(Coupon), null, StoreCount.Coupons),
        ("gift_cards", typeof(GiftCard), null, StoreCount.GiftCards),
    ];

    /// <summary>
    /// Tells EF Core the counted tables have triggers (on SQLite and SQL Server it then reads rows affected without
    /// <c>RETURNING</c>/<c>OUTPUT</c>, which those databases refuse or misreport on tables with triggers).
    /// </summary>
    public static void Declare(ModelBuilder modelBuilder)
    {
        foreach (var (table, entity, _, _) in Counted)
        {
            modelBuilder.Entity(entity).ToTable(table, t => t.HasTrigger($"store_counts_{table}"));
        }
    }

    /// <summary>The statements that create the triggers and fill the counts from the rows already there.</summary>
    /// <remarks>SQL Server wants <c>CREATE TRIGGER</c> first in its batch, and the idempotent script wraps every statement
    /// in <c>IF NOT EXISTS … BEGIN … END</c>: there it runs through <c>EXEC</c>.</remarks>
    public static IEnumerable<string> Create(DatabaseProvider provider) =>
        CreateStatements(provider).Select(statement =>
            provider == DatabaseProvider.SqlServer && statement.StartsWith("CREATE TRIGGER", StringComparison.Ordinal)
                ? "EXEC(N'" + statement.Replace("'", "''", StringComparison.Ordinal) + "')"
                : statement);

    private static IEnumerable<string> CreateStatements(DatabaseProvider provider)
    {
        foreach (var (table, _, prefix, name) in Counted)
        {
            foreach (var statement in provider switch
            {
                DatabaseProvider.Sqlite => Sqlite(table, prefix, name),
                DatabaseProvider.Postgres => Postgres(table, prefix, name),
                _ => SqlServer(table, prefix, name),
            })
            {
                yield return statement;
            }

            yield return provider == DatabaseProvider.SqlServer
                ? $"INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT [StoreId], {Kind(provider, prefix, name, "")}, COUNT_BIG(*) FROM [{table}] GROUP BY [StoreId]{(prefix is null ? "" : ", [Status]")}"
                : $"INSERT INTO store_counts (\"StoreId\", \"Name\", \"Count\") SELECT \"StoreId\", {Kind(provider, prefix, name, "")}, COUNT(*) FROM {table} GROUP BY \"StoreId\"{(prefix is null ? "" : ", \"Status\"")}";
        }

        yield return provider switch
        {
            DatabaseProvider.Sqlite => "CREATE TRIGGER store_counts_stores AFTER DELETE ON stores BEGIN DELETE FROM store_counts WHERE \"StoreId\" = OLD.\"Id\"; END",
            DatabaseProvider.Postgres => "CREATE FUNCTION store_counts_stores() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM store_counts WHERE \"StoreId\" IN (SELECT \"Id\" FROM old_rows); RETURN NULL; END $$",
            _ => "CREATE TRIGGER [store_counts_stores] ON [stores] AFTER DELETE AS BEGIN SET NOCOUNT ON; DELETE FROM [store_counts] WHERE [StoreId] IN (SELECT [Id] FROM deleted); END",
        };
        if (provider == DatabaseProvider.Postgres)
        {
            yield return "CREATE TRIGGER store_counts_stores AFTER DELETE ON stores REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION store_counts_stores()";
        }
    }

    /// <summary>The statements that drop them (the table goes with the migration's Down).</summary>
    public static IEnumerable<string> Drop(DatabaseProvider provider)
    {
        foreach (var table in Counted.Select(c => c.Table).Append("stores"))
        {
            switch (provider)
            {
                case DatabaseProvider.Sqlite:
                    foreach (var op in new[] { "insert", "delete", "update" })
                    {
                        yield return $"DROP TRIGGER IF EXISTS store_counts_{table}_{op}";
                    }

                    yield return $"DROP TRIGGER IF EXISTS store_counts_{table}";
                    break;
                case DatabaseProvider.Postgres:
                    yield return $"DROP FUNCTION IF EXISTS store_counts_{table}() CASCADE";
                    break;
                default:
                    yield return $"DROP TRIGGER IF EXISTS [store_counts_{table}]";
                    break;
            }
        }
    }

    /// <summary>The kind's name as SQL over a row alias (<c>NEW.</c>, <c>OLD.</c>, or none).</summary>
    private static string Kind(DatabaseProvider provider, string? prefix, string? name, string row) => (provider, prefix) switch
    {
        (DatabaseProvider.SqlServer, null) => $"N'{name}'",
        (DatabaseProvider.SqlServer, _) => $"N'{prefix}' + {row}[Status]",
        (_, null) => $"'{name}'",
        _ => $"'{prefix}' || {row}\"Status\"",
    };

    private static IEnumerable<string> Sqlite(string table, string? prefix, string? name)
    {
        string Add(string row, string delta) =>
            $"INSERT INTO store_counts (\"StoreId\", \"Name\", \"Count\") VALUES ({row}\"StoreId\", {Kind(DatabaseProvider.Sqlite, prefix, name, row)}, {delta}) "
            + $"ON CONFLICT (\"StoreId\", \"Name\", \"Slot\") DO UPDATE SET \"Count\" = \"Count\" + excluded.\"Count\";";
        string Subtract(string row) =>
            $"UPDATE store_counts SET \"Count\" = \"Count\" - 1 WHERE \"StoreId\" = {row}\"StoreId\" AND \"Name\" = {Kind(DatabaseProvider.Sqlite, prefix, name, row)} AND \"Slot\" = 0;";

        yield return $"CREATE TRIGGER store_counts_{table}_insert AFTER INSERT ON {table} BEGIN {Add("NEW.", "1")} END";
        yield return $"CREATE TRIGGER store_counts_{table}_delete AFTER DELETE ON {table} BEGIN {Subtract("OLD.")} END";
        if (prefix is not null)
        {
            yield return $"CREATE TRIGGER store_counts_{table}_update AFTER UPDATE OF \"Status\", \"StoreId\" ON {table} "
                + $"WHEN OLD.\"Status\" <> NEW.\"Status\" OR OLD.\"StoreId\" <> NEW.\"StoreId\" BEGIN {Subtract("OLD.")} {Add("NEW.", "1")} END";
        }
    }

    /// <summary>
    /// PostgreSQL: every delta of a statement goes to the writing transaction's slot (its id modulo
    /// <see cref="StoreCount.Slots"/>), so concurrent orders of one store mostly write different rows; a decrease only where
    /// the kind has a row already (never creating rows for a store whose delete removed them). <c>{0}</c>: the deltas.
    /// </summary>
    private static readonly string PostgresUpsert =
        "INSERT INTO store_counts (\"StoreId\", \"Name\", \"Slot\", \"Count\") SELECT store_id, name, "
        + "(txid_current() % " + StoreCount.Slots.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")::smallint, delta FROM ({0}) d WHERE delta > 0 "
        + "OR (delta < 0 AND EXISTS (SELECT 1 FROM store_counts s WHERE s.\"StoreId\" = d.store_id AND s.\"Name\" = d.name)) ORDER BY 1, 2 "
        + "ON CONFLICT (\"StoreId\", \"Name\", \"Slot\") DO UPDATE SET \"Count\" = store_counts.\"Count\" + EXCLUDED.\"Count\";";

    private static IEnumerable<string> Postgres(string table, string? prefix, string? name)
    {
        string Rows(string source, string sign) =>
            $"SELECT \"StoreId\" AS store_id, {Kind(DatabaseProvider.Postgres, prefix, name, "")} AS name, {sign}COUNT(*) AS delta FROM {source} GROUP BY 1, 2";
        var moved = $"SELECT store_id, name, SUM(delta) AS delta FROM ({Rows("new_rows", "")} UNION ALL {Rows("old_rows", "-")}) m GROUP BY 1, 2 HAVING SUM(delta) <> 0";
        var update = prefix is null
            ? string.Empty
            : $"ELSIF TG_OP = 'UPDATE' THEN {string.Format(System.Globalization.CultureInfo.InvariantCulture, PostgresUpsert, moved)} ";
        yield return $"CREATE FUNCTION store_counts_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            + $"IF TG_OP = 'INSERT' THEN {string.Format(System.Globalization.CultureInfo.InvariantCulture, PostgresUpsert, Rows("new_rows", ""))} "
            + $"ELSIF TG_OP = 'DELETE' THEN {string.Format(System.Globalization.CultureInfo.InvariantCulture, PostgresUpsert, Rows("old_rows", "-"))} "
            + update
            + "END IF; RETURN NULL; END $$";
        yield return $"CREATE TRIGGER store_counts_{table}_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION store_counts_{table}()";
        yield return $"CREATE TRIGGER store_counts_{table}_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION store_counts_{table}()";
        if (prefix is not null)
        {
            yield return $"CREATE TRIGGER store_counts_{table}_update AFTER UPDATE ON {table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION store_counts_{table}()";
        }
    }

    private static IEnumerable<string> SqlServer(string table, string? prefix, string? name)
    {
        var kind = Kind(DatabaseProvider.SqlServer, prefix, name, "");
        yield return $"CREATE TRIGGER [store_counts_{table}] ON [{table}] AFTER INSERT, {(prefix is null ? "" : "UPDATE, ")}DELETE AS BEGIN SET NOCOUNT ON; "
            + "DECLARE @d TABLE ([StoreId] uniqueidentifier NOT NULL, [Name] nvarchar(40) NOT NULL, [Delta] bigint NOT NULL, PRIMARY KEY ([StoreId], [Name])); "
            + $"INSERT INTO @d SELECT [StoreId], [Name], SUM([Delta]) FROM (SELECT [StoreId], {kind} AS [Name], CAST(1 AS bigint) AS [Delta] FROM inserted "
            + $"UNION ALL SELECT [StoreId], {kind}, CAST(-1 AS bigint) FROM deleted) m GROUP BY [StoreId], [Name] HAVING SUM([Delta]) <> 0; "
            + "IF @@ROWCOUNT = 0 RETURN; "
            + "UPDATE c SET [Count] = c.[Count] + d.[Delta] FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) JOIN @d d ON c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0; "
            + "INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT d.[StoreId], d.[Name], d.[Delta] FROM @d d WHERE d.[Delta] > 0 "
            + "AND NOT EXISTS (SELECT 1 FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) WHERE c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0); END";
    }
}
