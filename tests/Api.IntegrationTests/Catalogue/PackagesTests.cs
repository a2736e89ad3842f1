using FluxStore.Management.Application.Categories;
using FluxStore.Management.Application.Packages;
using FluxStore.Management.Application.Servers;

namespace FluxStore.Management.Api.IntegrationTests.Catalogue;

public sealed class PackagesTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ShouldCreateGetAndListPackageWithCategoryServersAndCommands()
    {
        var setup = await NewStoreWithKeyAsync();
        var category = await ReadAsync<CategoryDto>(await setup.Api.PostAsJsonAsync("/api/v1/categories", new { name = "Ranks" }));
        var server = await ReadAsync<GameServerCreatedDto>(await setup.Owner.Client.PostAsJsonAsync($"/api/stores/{setup.Store.Id}/servers", new { name = "Survival" }));

        var created = await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new
        {
            name = "VIP Rank",
            description = "Get VIP status with special perks",
            price = 9.99m,
            isActive = true,
            sortOrder = 0,
            categoryId = category.Id,
            serverIds = new[] { server.Id },
            commands = new[] { new { stage = "purchase", content = "lp user {username} parent add vip", onlineOnly = true, serverIds = (Guid[]?)null } },
        }));

        created.Name.Should().Be("VIP Rank");
        created.Price.Should().Be(9.99m);
        created.SalePrice.Should().BeNull();
        created.CategoryId.Should().Be(category.Id);
        created.CategoryName.Should().Be("Ranks");
        created.ServerIds.Should().Equal(server.Id);
        created.Commands.Should().ContainSingle().Which.Should().BeEquivalentTo(new PackageCommandDto
        {
            Stage = "purchase",
            Content = "lp user {username} parent add vip",
            OnlineOnly = true,
            ServerIds = null,
        });
        created.CreatedAt.Kind.Should().Be(DateTimeKind.Utc);

        var fetched = await ReadAsync<PackageDto>(await setup.Api.GetAsync($"/api/v1/packages/{created.Id}"));
        fetched.Should().BeEquivalentTo(created);

        var listed = await ReadAsync<List<PackageDto>>(await setup.Api.GetAsync("/api/v1/packages"));
        listed.Should().ContainSingle().Which.Id.Should().Be(created.Id);
    }
}
