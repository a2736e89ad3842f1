using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FluxStore.Management.Api.IntegrationTests.Persistence;

/// <summary>
/// Rules every provider's model must keep, checked without a database: the generated migrations match the model,
/// and SQL Server's own refusals (several cascade paths to one table, error 1785; unbounded index keys, error 1919)
/// cannot come back unnoticed.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.Postgres)]
[TestFixture(DatabaseProvider.SqlServer)]
public sealed class ModelRulesTests(DatabaseProvider provider)
{
    private static readonly Dictionary<DatabaseProvider, string> PlaceholderConnections = new()
    {
        [DatabaseProvider.Sqlite] = "Data Source=:memory:",
        [DatabaseProvider.Postgres] = "Host=localhost;Database=fluxstore",
        [DatabaseProvider.SqlServer] = "Server=localhost;Database=FluxStore;TrustServerCertificate=true",
    };

    [Test]
    public void TheMigrationsShouldMatchTheModel()
    {
        using var db = CreateContext();
        db.Database.GetMigrations().Should().NotBeEmpty("each provider has its own generated migrations");
        db.Database.HasPendingModelChanges().Should().BeFalse(
            $"the model changed without a migration: run ./build.sh --target=AddMigration --name=<Change> ({provider})");
    }

    [Test]
    public void NoTableShouldBeReachableThroughTwoCascadePaths()
    {
        using var db = CreateContext();
        var tables = db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.ToList();
        var cascades = tables.ToDictionary(
            t => t.Name,
            t => tables.SelectMany(d => d.ForeignKeyConstraints)
                .Where(fk => fk.PrincipalTable.Name == t.Name && fk.OnDeleteAction == ReferentialAction.Cascade)
                .Select(fk => (fk.Name, Dependent: fk.Table.Name))
                .ToList());

        var problems = new List<string>();
        foreach (var source in cascades.Keys)
        {
            // Every cascade path from this table, as the chain of constraints it follows.
            var paths = new Dictionary<string, List<string>>();
            void Walk(string table, string via)
            {
                foreach (var (name, dependent) in cascades[table])
                {
                    var path = $"{via} -[{name}]-> {dependent}";
                    if (!paths.TryGetValue(dependent, out var list))
                    {
                        paths[dependent] = list = [];
                    }

                    list.Add(path);
                    Walk(dependent, path);
                }
            }

            Walk(source, source);
            problems.AddRange(paths.Where(p => p.Value.Count > 1)
                .Select(p => $"{p.Key} is reached from {source} by {p.Value.Count} cascade paths: {string.Join(" | ", p.Value)}"));
        }

        cascades.Should().ContainKey("stores");
        cascades["stores"].Should().NotBeEmpty("a store's data goes with it");
        problems.Should().BeEmpty("SQL Server refuses a second ON DELETE CASCADE path to a table (error 1785)");
    }

    [Test]
    public void EveryIndexedColumnShouldHaveABoundedSize()
    {
        using var db = CreateContext();
        var model = db.GetService<IDesignTimeModel>().Model;
        var problems = new List<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            var keyed = entity.GetIndexes().Select(i => i.Properties)
                .Concat(entity.GetKeys().Select(k => k.Properties))
                .Concat(entity.GetForeignKeys().Select(f => f.Properties));
            foreach (var property in keyed.SelectMany(p => p).Distinct())
            {
                var clrType = property.GetProviderClrType() ?? property.ClrType;
                var storeType = property.GetColumnType();
                if ((clrType == typeof(string) || clrType == typeof(byte[])) && property.GetMaxLength() is null)
                {
                    problems.Add($"{entity.GetTableName()}.{property.GetColumnName()} has no maximum length");
                }

                if (storeType.Contains("(max)", StringComparison.OrdinalIgnoreCase)
                    || storeType is "text" or "ntext" or "image" or "xml")
                {
                    problems.Add($"{entity.GetTableName()}.{property.GetColumnName()} is {storeType}");
                }
            }
        }

        problems.Should().BeEmpty("SQL Server cannot index an unbounded column (error 1919), and index keys must stay small");
    }

    private ApplicationDbContext CreateContext() =>
        new DatabaseOptions { Provider = provider, ConnectionString = PlaceholderConnections[provider] }.CreateContext();
}
