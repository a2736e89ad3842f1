using System.Collections.Concurrent;
using FluxStore.Management.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.StoreApi;

/// <summary>
/// Cursor pagination (<c>limit</c>/<c>after</c>/<c>before</c>) of the Store API lists, and <c>includeTotal=false</c>.
/// Every order compared against is the database's own <c>ORDER BY</c>, so the assertions hold whatever order a provider
/// gives ids.
/// </summary>
public sealed class CursorPaginationTests(string provider) : ApiTestBase(provider)
{
    private static readonly DateTime SeedBase = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:PermitLimit"] = "1000000",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
    };

    [Test]
    public async Task ShouldWalkTenThousandOrdersWithAfterExactlyOnceInOrderWhileOrdersAreCreated()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 1.00m);
        await OrderAsync(setup.Api, "Steve", package.Id);
        var seeded = await SeedOrdersAsync(setup.Store.Id, "Steve", 10_000);

        // New orders over HTTP while the walk runs: they are newer than everything, so they land before the walk's start.
        using var stop = new CancellationTokenSource();
        var created = new ConcurrentBag<Guid>();
        var writer = Task.Run(async () =>
        {
            var client = WithKey(setup.Key.Key);
            while (!stop.IsCancellationRequested)
            {
                created.Add((await OrderAsync(client, "Alex", package.Id)).Id);
            }
        });

        var walked = new List<JsonElement>();
        string? cursor = null;
        var pages = 0;
        var createdBeforeLastPage = 0;
        do
        {
            var url = "/api/v1/orders?limit=100" + (cursor is null ? string.Empty : $"&after={cursor}");
            var page = await CursorPageAsync(setup.Api, url);
            walked.AddRange(page.Items);
            page.HasMore.Should().Be(page.NextCursor is not null);
            if (pages > 0)
            {
                page.PreviousCursor.Should().NotBeNull("a page reached with 'after' has a page before it");
            }

            cursor = page.NextCursor;
            pages++;
            createdBeforeLastPage = created.Count;
        }
        while (cursor is not null);

        await stop.CancelAsync();
        await writer;
        createdBeforeLastPage.Should().BeGreaterThan(0, "orders were created during the walk");

        var ids = walked.Select(o => o.GetProperty("id").GetGuid()).ToList();
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().Contain(seeded);
        pages.Should().BeGreaterThanOrEqualTo(101);

        // Exactly the database's order from the first walked order on: nothing skipped, nothing repeated.
        var inDatabaseOrder = await OrderIdsNewestFirstAsync(setup.Store.Id);
        var start = inDatabaseOrder.IndexOf(ids[0]);
        start.Should().BeGreaterThanOrEqualTo(0);
        ids.Should().Equal(inDatabaseOrder.Skip(start));
        inDatabaseOrder.Take(start).Should().BeSubsetOf(created, "only orders created during the walk come before its first page");

        var times = walked.Select(o => o.GetProperty("createdAt").GetDateTime()).ToList();
        times.Should().BeInDescendingOrder();
    }

    [Test]
    public async Task ShouldWalkBackWithBeforeInTheListsOrderAcrossTies()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 1.00m);
        await OrderAsync(setup.Api, "Steve", package.Id);
        await SeedOrdersAsync(setup.Store.Id, "Steve", 60);

        var forward = new List<Guid>();
        CursorPageView page;
        string? cursor = null;
        do
        {
            page = await CursorPageAsync(setup.Api, "/api/v1/orders?limit=7" + (cursor is null ? string.Empty : $"&after={cursor}"));
            forward.AddRange(Ids(page));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        forward.Should().Equal(await OrderIdsNewestFirstAsync(setup.Store.Id));
        page.HasMore.Should().BeFalse();

        // From the last page back to the first with 'before': each page in the list's normal (newest-first) order.
        var backward = new List<Guid>(Ids(page));
        var previous = page.PreviousCursor;
        var steps = 0;
        while (previous is not null)
        {
            var before = await CursorPageAsync(setup.Api, $"/api/v1/orders?limit=7&before={previous}");
            before.Items.Should().HaveCount(7);
            before.NextCursor.Should().NotBeNull();
            backward.InsertRange(0, Ids(before));
            previous = before.PreviousCursor;
            before.HasMore.Should().Be(previous is not null);
            steps++;
        }

        steps.Should().BeGreaterThan(5);
        backward.Should().Equal(forward);

        // 'after' the next cursor of a 'before' page continues where that page ended.
        var second = await CursorPageAsync(setup.Api, "/api/v1/orders?limit=7&after=" + (await CursorPageAsync(setup.Api, "/api/v1/orders?limit=7")).NextCursor);
        var back = await CursorPageAsync(setup.Api, $"/api/v1/orders?limit=7&before={second.PreviousCursor}");
        Ids(back).Should().Equal(forward.Take(7));
        back.HasMore.Should().BeFalse();
        back.PreviousCursor.Should().BeNull();
        Ids(await CursorPageAsync(setup.Api, $"/api/v1/orders?limit=7&after={back.NextCursor}")).Should().Equal(forward.Skip(7).Take(7));
    }

    [Test]
    public async Task ShouldPageNewestFirstExactlyWhenTimestampsTie()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 1.00m);
        await OrderAsync(setup.Api, "Steve", package.Id);
        await SeedOrdersAsync(setup.Store.Id, "Steve", 30, sameInstant: true);

        var walked = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await CursorPageAsync(setup.Api, "/api/v1/orders?limit=4" + (cursor is null ? string.Empty : $"&after={cursor}"));
            walked.AddRange(Ids(page));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        walked.Should().HaveCount(31).And.OnlyHaveUniqueItems();
        walked.Should().Equal(await OrderIdsNewestFirstAsync(setup.Store.Id));
    }

    [Test]
    public async Task ShouldPageEveryListWithItsFiltersAsSkipTakeDoes()
    {
        var setup = await NewStoreWithKeyAsync();
        var api = setup.Api;
        var cheap = await PackageAsync(api, name: "Cheap", price: 1.00m);
        var monthly = await PackageAsync(api, name: "Monthly", price: 5.00m, subscriptionInterval: new { value = 1, unit = "month" });
        var start = CommerceTestData.Iso(DateTime.UtcNow.AddDays(-1));
        var end = CommerceTestData.Iso(DateTime.UtcNow.AddDays(10));
        for (var i = 0; i < 7; i++)
        {
            await OrderAsync(api, i % 2 == 0 ? "Steve" : $"Player{i}", i % 3 == 0 ? monthly.Id : cheap.Id, quantity: 1 + (i % 4));
            await ReadAsync<JsonElement>(await api.PostAsJsonAsync("/api/v1/coupons", new { code = (i % 2 == 0 ? "SUMMER" : "WINTER") + i, discountType = "fixed", discountValue = 1 }));
            await ReadAsync<JsonElement>(await api.PostAsJsonAsync("/api/v1/sales", new { name = (i % 2 == 0 ? "Summer " : "Winter ") + i, discountPercentage = 10, startDate = start, endDate = end }));
            await ReadAsync<JsonElement>(await api.PostAsJsonAsync("/api/v1/gift-cards", new { amount = 5, recipientName = (i % 2 == 0 ? "Ann " : "Bob ") + i }));
            await ReadAsync<JsonElement>(await api.PostAsJsonAsync("/api/v1/bans", new { playerUsername = (i % 2 == 0 ? "griefer" : "spammer") + i }));
        }

        string[] lists =
        [
            "/api/v1/orders?playerUsername=steve",
            "/api/v1/orders?packageId=" + cheap.Id,
            "/api/v1/orders?status=paid",
            "/api/v1/coupons?search=summer",
            "/api/v1/coupons?status=active",
            "/api/v1/sales?search=winter",
            "/api/v1/sales?status=active",
            "/api/v1/gift-cards?search=ann",
            "/api/v1/bans?search=griefer",
            "/api/v1/bans?status=active",
            "/api/v1/subscriptions?playerUsername=steve",
            "/api/v1/subscriptions?",
            "/api/v1/customers?search=player",
            "/api/v1/customers?sortBy=totalSpent&sortDesc=true",
            "/api/v1/customers?sortBy=totalSpent&sortDesc=false",
            "/api/v1/customers?sortBy=username",
            "/api/v1/customers?sortBy=username&sortDesc=true",
            "/api/v1/customers?sortBy=firstSeenAt",
            "/api/v1/customers?sortBy=lastPurchaseAt&sortDesc=false",
        ];
        foreach (var list in lists)
        {
            var all = await ReadAsync<JsonElement>(await api.GetAsync($"{list}&take=100"));
            var expected = all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
            expected.Should().NotBeEmpty(list);
            all.GetProperty("total").GetInt32().Should().Be(expected.Count, list);

            var walked = new List<Guid>();
            string? cursor = null;
            do
            {
                var page = await CursorPageAsync(api, $"{list}&limit=2" + (cursor is null ? string.Empty : $"&after={cursor}"));
                walked.AddRange(Ids(page));
                cursor = page.NextCursor;
            }
            while (cursor is not null);

            walked.Should().Equal(expected, "walking {0} with cursors gives what skip/take gives", list);
        }
    }

    [Test]
    public async Task ShouldKeepTheSpecPayloadAndSkipTheCountOnlyWhenAsked()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 1.00m);
        for (var i = 0; i < 3; i++)
        {
            await OrderAsync(setup.Api, "Steve", package.Id);
        }

        var skipTake = await ReadAsync<JsonElement>(await setup.Api.GetAsync("/api/v1/orders?skip=1&take=1"));
        skipTake.EnumerateObject().Select(p => p.Name).Should().Equal("items", "total", "skip", "take");
        skipTake.GetProperty("total").GetInt32().Should().Be(3);

        var noTotal = await ReadAsync<JsonElement>(await setup.Api.GetAsync("/api/v1/orders?skip=1&take=1&includeTotal=false"));
        noTotal.EnumerateObject().Select(p => p.Name).Should().Equal("items", "total", "skip", "take");
        noTotal.GetProperty("total").ValueKind.Should().Be(JsonValueKind.Null);
        noTotal.GetProperty("items").GetArrayLength().Should().Be(1);
        noTotal.GetProperty("skip").GetInt32().Should().Be(1);

        var cursor = await ReadAsync<JsonElement>(await setup.Api.GetAsync("/api/v1/orders?limit=2"));
        cursor.EnumerateObject().Select(p => p.Name).Should().Equal("items", "hasMore", "nextCursor", "previousCursor");
        cursor.GetProperty("hasMore").GetBoolean().Should().BeTrue();
        cursor.GetProperty("previousCursor").ValueKind.Should().Be(JsonValueKind.Null);
        cursor.GetProperty("nextCursor").GetString().Should().MatchRegex("^[A-Za-z0-9_-]+$", "a cursor is base64url");

        var last = await CursorPageAsync(setup.Api, "/api/v1/orders?after=" + cursor.GetProperty("nextCursor").GetString());
        last.Items.Should().HaveCount(1, "limit defaults to 20");
        last.HasMore.Should().BeFalse();
        last.NextCursor.Should().BeNull();
    }

    [Test]
    public async Task ShouldReadADeepCursorPageWithoutOffsetOrCountAndCountOnlyWhenAsked()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 1.00m);
        await OrderAsync(setup.Api, "Steve", package.Id);
        await SeedOrdersAsync(setup.Store.Id, "Steve", 60);

        var cursor = (await CursorPageAsync(setup.Api, "/api/v1/orders?limit=10")).NextCursor;
        cursor = (await CursorPageAsync(setup.Api, $"/api/v1/orders?limit=10&after={cursor}")).NextCursor;
        var deep = await OrderCommandsAsync(() => setup.Api.GetAsync($"/api/v1/orders?limit=10&status=paid&after={cursor}"));
        deep.Should().NotBeEmpty();
        deep.Should().NotContain(sql => sql.Contains("OFFSET", StringComparison.OrdinalIgnoreCase) || sql.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));

        var counted = await OrderCommandsAsync(() => setup.Api.GetAsync("/api/v1/orders?playerUsername=steve&skip=20&take=10"));
        counted.Should().Contain(sql => sql.Contains("COUNT(", StringComparison.OrdinalIgnoreCase), "the spec's payload counts by default, here its rows (a filter the store's counts do not keep)");
        var before = Factory.Logs.Lines.Count;
        var kept = await OrderCommandsAsync(() => setup.Api.GetAsync("/api/v1/orders?status=paid&skip=20&take=10"));
        kept.Should().NotBeEmpty().And.NotContain(sql => sql.Contains("COUNT(", StringComparison.OrdinalIgnoreCase), "no filter but status: the store's kept count");
        Factory.Logs.Lines.Skip(before).Should().Contain(l => l.Contains("Executed DbCommand", StringComparison.Ordinal) && l.Contains("store_counts", StringComparison.Ordinal));
        var uncounted = await OrderCommandsAsync(() => setup.Api.GetAsync("/api/v1/orders?skip=20&take=10&includeTotal=false"));
        uncounted.Should().NotBeEmpty().And.NotContain(sql => sql.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
    }

    [Test]
    public async Task ShouldRefuseBadCursorsAndPagingMixesWith400()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 1.00m);
        for (var i = 0; i < 3; i++)
        {
            await OrderAsync(setup.Api, $"Player{i}", package.Id);
        }

        var orderCursor = (await CursorPageAsync(setup.Api, "/api/v1/orders?limit=1")).NextCursor!;
        var customerCursor = (await CursorPageAsync(setup.Api, "/api/v1/customers?limit=1&sortBy=totalSpent")).NextCursor!;
        var tampered = orderCursor[..^3] + (orderCursor[^3] == 'A' ? 'B' : 'A') + orderCursor[^2..];

        (await BadRequestAsync(await setup.Api.GetAsync("/api/v1/orders?after=not-a-cursor"))).Should().Contain("'after' is not a cursor");
        (await BadRequestAsync(await setup.Api.GetAsync("/api/v1/orders?before=%25%25%25"))).Should().Contain("'before' is not a cursor");
        (await BadRequestAsync(await setup.Api.GetAsync($"/api/v1/orders?after={tampered}"))).Should().Contain("'after' is not a cursor");
        (await BadRequestAsync(await setup.Api.GetAsync($"/api/v1/orders?after={orderCursor}&before={orderCursor}"))).Should().Contain("either 'after' or 'before'");
        (await BadRequestAsync(await setup.Api.GetAsync("/api/v1/orders?limit=0"))).Should().Contain("'limit' must be between 1 and 100");
        (await BadRequestAsync(await setup.Api.GetAsync("/api/v1/orders?limit=101"))).Should().Contain("'limit' must be between 1 and 100");
        (await BadRequestAsync(await setup.Api.GetAsync($"/api/v1/orders?after={orderCursor}&skip=1"))).Should().Contain("'skip' and 'take' cannot be combined");
        (await BadRequestAsync(await setup.Api.GetAsync("/api/v1/orders?limit=5&take=5"))).Should().Contain("'skip' and 'take' cannot be combined");
        (await BadRequestAsync(await setup.Api.GetAsync("/api/v1/orders?limit=abc"))).Should().NotBeEmpty();

        // A cursor belongs to the sort (and the list) it was made for.
        (await BadRequestAsync(await setup.Api.GetAsync($"/api/v1/customers?sortBy=username&after={customerCursor}"))).Should().Contain("another list or sort");
        (await BadRequestAsync(await setup.Api.GetAsync($"/api/v1/customers?sortBy=totalSpent&sortDesc=false&after={customerCursor}"))).Should().Contain("another list or sort");
        (await CursorPageAsync(setup.Api, $"/api/v1/customers?sortBy=TOTALSPENT&sortDesc=true&after={customerCursor}")).Items.Should().HaveCount(2);
        (await BadRequestAsync(await setup.Api.GetAsync($"/api/v1/coupons?after={orderCursor}"))).Should().Contain("another list or sort");

        // Another store's key with this store's cursor: refused, nothing of this store comes back.
        var other = await NewStoreWithKeyAsync();
        var foreign = await other.Api.GetAsync($"/api/v1/orders?after={orderCursor}");
        (await BadRequestAsync(foreign)).Should().Contain("'after' is not a cursor");
        (await foreign.Content.ReadAsStringAsync()).Should().NotContain("Player");
    }

    /// <summary>The SQL commands on the orders table that one request ran (EF's command log).</summary>
    private async Task<List<string>> OrderCommandsAsync(Func<Task<HttpResponseMessage>> request)
    {
        var before = Factory.Logs.Lines.Count;
        (await request()).StatusCode.Should().Be(HttpStatusCode.OK);
        return Factory.Logs.Lines.Skip(before)
            .Where(l => l.Contains("Executed DbCommand", StringComparison.Ordinal) && l.Contains("orders", StringComparison.OrdinalIgnoreCase)
                && !l.Contains("webhook", StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    private async Task<List<Guid>> SeedOrdersAsync(Guid storeId, string username, int count, bool sameInstant = false)
    {
        var ids = new List<Guid>(count);
        await WithDbAsync(async db =>
        {
            var customer = await db.Customers.SingleAsync(c => c.StoreId == storeId && c.NormalizedUsername == username.ToUpperInvariant());
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < count; i++)
            {
                // Groups of three share a timestamp (whole microseconds, as PostgreSQL keeps them), so ties straddle page ends.
                var at = sameInstant ? SeedBase : SeedBase.AddTicks((i / 3) * 1_234_560L + 10);
                var order = Order.Manual(storeId, customer.Id, username, null, null, "USD", at);
                ids.Add(order.Id);
                db.Orders.Add(order);
            }

            await db.SaveChangesAsync();
        });
        return ids;
    }

    private async Task<List<Guid>> OrderIdsNewestFirstAsync(Guid storeId)
    {
        var ids = new List<Guid>();
        await WithDbAsync(async db => ids = await db.Orders.AsNoTracking().Where(o => o.StoreId == storeId)
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Select(o => o.Id).ToListAsync());
        return ids;
    }

    private static IEnumerable<Guid> Ids(CursorPageView page) => page.Items.Select(o => o.GetProperty("id").GetGuid());

    private static async Task<CursorPageView> CursorPageAsync(HttpClient api, string url) =>
        await DataAsync<CursorPageView>(await api.GetAsync(url));

    private sealed record CursorPageView(List<JsonElement> Items, bool HasMore, string? NextCursor, string? PreviousCursor);
}
