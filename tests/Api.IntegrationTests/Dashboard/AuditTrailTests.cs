using FluxStore.Management.Application.Audit;
using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Packages;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Dashboard;

/// <summary>
/// Every write through the Store API (key) and the dashboard (member) records one audit entry per aggregate it changed,
/// in the same transaction, with the right actor; a refused write records none; <c>GET /api/stores/{storeId}/audit</c>
/// lists a store's entries newest first, cursor-paged, filtered by actor and resource, never another store's.
/// </summary>
public sealed class AuditTrailTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task AWriteWithAnApiKeyShouldRecordOneEntryNamingTheKey()
    {
        var setup = await NewStoreWithKeyAsync();
        var before = await EntriesAsync(setup);

        var package = await DataAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new
        {
            name = "VIP",
            price = 5,
            commands = new[] { new { stage = "purchase", content = "give {username} vip", onlineOnly = false } },
        }));

        var added = (await EntriesAsync(setup)).Except(before).Should().ContainSingle().Subject;
        added.Action.Should().Be("package.created");
        added.TargetType.Should().Be("Package");
        added.TargetId.Should().Be(package.Id);
        added.ActorKind.Should().Be("ApiKey");
        added.ActorApiKeyId.Should().Be(setup.Key.Id);
        added.ActorName.Should().Be("Test key");
        added.ActorUserId.Should().BeNull();

        // A change to the package's commands only (a child row) is an update of the package.
        await DataAsync<PackageDto>(await PatchAsync(setup.Api, $"/api/v1/packages/{package.Id}", new
        {
            commands = new[] { new { stage = "purchase", content = "give {username} vip2", onlineOnly = false } },
        }));
        (await EntriesAsync(setup)).First().Action.Should().Be("package.updated");
    }

    [Test]
    public async Task AWriteOnTheDashboardShouldRecordOneEntryNamingTheMember()
    {
        var setup = await NewStoreWithKeyAsync();
        var before = await EntriesAsync(setup);

        var package = await DataAsync<PackageDto>(await setup.Owner.Client.PostAsJsonAsync($"/api/stores/{setup.Store.Id}/packages", new { name = "VIP", price = 5 }));
        var server = await ServerAsync(setup, "Lobby");

        var added = (await EntriesAsync(setup)).Except(before).ToList();
        added.Select(e => (e.Action, e.TargetId)).Should().Equal(("server.created", server.Id), ("package.created", package.Id));
        added.Should().OnlyContain(e => e.ActorKind == "User" && e.ActorUserId == setup.Owner.Id && e.ActorApiKeyId == null);
        added[0].ActorEmail.Should().Be(setup.Owner.Email, "the caller sees their own e-mail");

        // An order and its refund on the dashboard, then a key revoked: each one entry, named by what happened.
        var order = await DataAsync<OrderDto>(await setup.Owner.Client.PostAsJsonAsync($"/api/stores/{setup.Store.Id}/orders", new
        {
            playerUsername = "Steve",
            items = new[] { new { packageId = package.Id, quantity = 1 } },
        }));
        await DataAsync<OrderDto>(await setup.Owner.Client.PostAsync($"/api/stores/{setup.Store.Id}/orders/{order.Id}/refund", null));
        (await setup.Owner.Client.DeleteAsync($"/api/stores/{setup.Store.Id}/api-keys/{setup.Key.Id}")).EnsureSuccessStatusCode();

        (await EntriesAsync(setup)).Take(3).Select(e => (e.Action, e.TargetId)).Should().Equal(
            ("apikey.revoked", setup.Key.Id), ("order.refunded", order.Id), ("order.created", order.Id));
    }

    [Test]
    public async Task ARefusedWriteShouldRecordNothing()
    {
        var setup = await NewStoreWithKeyAsync();
        var before = await EntriesAsync(setup);

        await BadRequestAsync(await setup.Api.PostAsJsonAsync("/api/v1/packages", new { price = 5 }));
        await BadRequestAsync(await setup.Owner.Client.PostAsJsonAsync($"/api/stores/{setup.Store.Id}/packages", new { name = "", price = -1 }));
        await BadRequestAsync(await PostOrderAsync(setup.Api, "Steve", Guid.NewGuid()));

        (await EntriesAsync(setup)).Should().BeEquivalentTo(before);
    }

    [Test]
    public async Task TheListShouldFilterByActorAndResourceAndPageWithCursors()
    {
        var setup = await NewStoreWithKeyAsync();
        var first = await PackageAsync(setup.Api, name: "First");
        var second = await DataAsync<PackageDto>(await setup.Owner.Client.PostAsJsonAsync($"/api/stores/{setup.Store.Id}/packages", new { name = "Second", price = 1 }));
        await DataAsync<PackageDto>(await PatchAsync(setup.Api, $"/api/v1/packages/{first.Id}", new { price = 2 }));
        var audit = $"/api/stores/{setup.Store.Id}/audit";

        var byKey = await PageAsync<AuditEntryDto>(setup.Owner.Client, $"{audit}?actorApiKeyId={setup.Key.Id}");
        byKey.Items.Select(e => e.Action).Should().Equal("package.updated", "package.created");
        byKey.Items.Should().OnlyContain(e => e.TargetId == first.Id);

        var byUser = await PageAsync<AuditEntryDto>(setup.Owner.Client, $"{audit}?actorUserId={setup.Owner.Id}&targetType=package");
        byUser.Items.Select(e => e.TargetId).Should().Equal(second.Id);

        var byResource = await PageAsync<AuditEntryDto>(setup.Owner.Client, $"{audit}?targetType=Package&targetId={first.Id}");
        byResource.Items.Select(e => e.Action).Should().Equal("package.updated", "package.created");

        // Cursors: one entry a page, newest first, through every entry of the store and back.
        var all = (await PageAsync<AuditEntryDto>(setup.Owner.Client, audit)).Items;
        var walked = new List<AuditEntryDto>();
        string? cursor = null;
        do
        {
            var page = await DataAsync<CursorPage<AuditEntryDto>>(await setup.Owner.Client.GetAsync($"{audit}?limit=2{(cursor is null ? "" : $"&after={cursor}")}"));
            walked.AddRange(page.Items);
            cursor = page.HasMore ? page.NextCursor : null;
        }
        while (cursor is not null);
        walked.Select(e => e.Id).Should().Equal(all.Select(e => e.Id));
        walked.Select(e => e.CreatedAt).Should().BeInDescendingOrder();
    }

    [Test]
    public async Task AnotherStoresEntriesShouldNeverBeShown()
    {
        var mine = await NewStoreWithKeyAsync();
        var theirs = await NewStoreWithKeyAsync();
        var package = await PackageAsync(theirs.Api, name: "Theirs");

        var entries = await EntriesAsync(mine);
        entries.Should().NotBeEmpty().And.OnlyContain(e => e.TargetId != package.Id && e.ActorApiKeyId != theirs.Key.Id);
        (await PageAsync<AuditEntryDto>(mine.Owner.Client, $"/api/stores/{mine.Store.Id}/audit?targetId={package.Id}")).Items.Should().BeEmpty();
        (await PageAsync<AuditEntryDto>(mine.Owner.Client, $"/api/stores/{mine.Store.Id}/audit?actorApiKeyId={theirs.Key.Id}")).Items.Should().BeEmpty();

        // Not a member of the other store: it does not exist for them.
        await ReadErrorAsync(await mine.Owner.Client.GetAsync($"/api/stores/{theirs.Store.Id}/audit"), HttpStatusCode.NotFound);
        (await EntriesAsync(theirs)).Should().Contain(e => e.TargetId == package.Id);
    }

    private static async Task<List<AuditEntryDto>> EntriesAsync(StoreSetup setup) =>
        (await PageAsync<AuditEntryDto>(setup.Owner.Client, $"/api/stores/{setup.Store.Id}/audit?take=100")).Items.ToList();
}
