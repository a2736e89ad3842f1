using FluxStore.Management.Infrastructure.Persistence;
using FluxStore.Management.Infrastructure.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace FluxStore.Management.Api.IntegrationTests.Persistence;

/// <summary>
/// SQL Server without a server: the committed script (docs/sql/sqlserver.sql, drift-checked by the build) and every raw
/// statement the SQL Server provider runs are valid T-SQL for Microsoft's own parser.
/// </summary>
public sealed class SqlServerScriptTests
{
    [Test]
    public void TheCommittedScriptShouldParseAndHoldEveryMigration()
    {
        var script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sqlserver.sql"));
        Parse(script).Should().BeEmpty();

        using var db = new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=localhost;Database=FluxStore" }.CreateContext();
        var migrations = db.Database.GetMigrations().ToList();
        migrations.Should().NotBeEmpty();
        foreach (var migration in migrations)
        {
            script.Should().Contain($"N'{migration}'", "the script is regenerated with every migration (./build.sh --target=SqlServerScript)");
        }
    }

    [Test]
    public void TheRateLimitUpsertShouldBeValidTSqlUnderAKeyRangeLock()
    {
        var upsert = DatabaseRateLimitStore.SqlServerUpsert("key", 1);
        var sql = string.Format(upsert.Format, "@p0", "@p1");
        Parse(sql).Should().BeEmpty();
        sql.Should().Contain("WITH (HOLDLOCK)").And.Contain("OUTPUT inserted.[Count] AS [Value]");
    }

    private static IEnumerable<string> Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"line {e.Line}: {e.Message}").ToList();
    }
}
