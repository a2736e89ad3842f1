using Microsoft.EntityFrameworkCore;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.CommerceTestData;

namespace FluxStore.Management.Api.IntegrationTests.Catalogue;

/// <summary>
/// Deleting a category while a package is being moved into it: the delete handler has already counted no packages
/// when the move commits, and the database refuses the delete (foreign key). The client gets a 400, not a 500.
/// </summary>
public sealed class CategoryDeleteRaceTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task DeletingACategoryThatAPackageMovedIntoMeanwhileAnswers400()
    {
        var setup = await NewStoreWithKeyAsync();
        var categoryName = $"Race-{Guid.NewGuid():N}";
        var packageName = $"Mover-{Guid.NewGuid():N}"[..30];
        var category = await CategoryAsync(setup.Api, categoryName);
        await PackageAsync(setup.Api, price: 1.00m, name: packageName);

        // The "concurrent" move, made deterministic: it commits just before the category row is deleted.
        var (create, drop) = Provider == "Postgres"
            ? ($$"""
                CREATE FUNCTION race_move_in() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN UPDATE packages SET "CategoryId" = OLD."Id" WHERE "Name" = '{{packageName}}'; RETURN OLD; END $$;
                CREATE TRIGGER race_move_in BEFORE DELETE ON categories FOR EACH ROW WHEN (OLD."Name" = '{{categoryName}}') EXECUTE FUNCTION race_move_in();
                """,
                "DROP TRIGGER IF EXISTS race_move_in ON categories; DROP FUNCTION IF EXISTS race_move_in();")
            : ($"""
                CREATE TRIGGER race_move_in BEFORE DELETE ON categories WHEN OLD."Name" = '{categoryName}'
                BEGIN UPDATE packages SET "CategoryId" = OLD."Id" WHERE "Name" = '{packageName}'; END;
                """,
                "DROP TRIGGER IF EXISTS race_move_in;");
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(create));
        try
        {
            var response = await setup.Api.DeleteAsync($"/api/v1/categories/{category.Id}");

            (await BadRequestAsync(response)).Should().Contain("concurrent change");
            (await setup.Api.GetAsync($"/api/v1/categories/{category.Id}")).StatusCode.Should().Be(HttpStatusCode.OK, "the category was not deleted");
        }
        finally
        {
            await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(drop));
        }
    }
}
