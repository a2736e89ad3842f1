using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace FluxStore.Management.Infrastructure.UnitTests.Persistence;

/// <summary>PostgreSQL connections prepare the product's statements automatically unless the operator said otherwise.</summary>
public sealed class PostgresConnectionTests
{
    [Test]
    public void AutoPreparationShouldBeOnWhenTheConnectionStringIsSilent() =>
        MaxAutoPrepareOf("Host=db;Database=fluxstore;Username=app;Password=secret").Should().Be(DatabaseOptions.DefaultMaxAutoPrepare);

    [TestCase("Max Auto Prepare=0", 0)]
    [TestCase("Max Auto Prepare=7", 7)]
    [TestCase("MaxAutoPrepare=12", 12)]
    public void AnExplicitSettingShouldBeKept(string setting, int expected) =>
        MaxAutoPrepareOf($"Host=db;Database=fluxstore;{setting}").Should().Be(expected);

    [Test]
    public void OtherProvidersShouldBeLeftAlone()
    {
        var builder = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=x.db" }.Configure(new DbContextOptionsBuilder());
        builder.Options.Extensions.OfType<RelationalOptionsExtension>().Single().ConnectionString.Should().Be("Data Source=x.db");
    }

    private static int MaxAutoPrepareOf(string connectionString)
    {
        var builder = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString }.Configure(new DbContextOptionsBuilder());
        var configured = builder.Options.Extensions.OfType<RelationalOptionsExtension>().Single().ConnectionString;
        return new NpgsqlConnectionStringBuilder(configured).MaxAutoPrepare;
    }
}
