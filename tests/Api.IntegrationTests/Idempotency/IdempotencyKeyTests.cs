using FluxStore.Management.Application.Customers;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Packages;
using FluxStore.Management.Application.Stores;
using Microsoft.EntityFrameworkCore;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> (issue #11 item 6) on the Store API and the dashboard's store endpoints: replay, 422, 409,
/// 400, concurrency, scope, what is not kept, and that <c>/api/auth</c> and requests without the header are untouched.
/// </summary>
public sealed class IdempotencyKeyTests(string provider) : ApiTestBase(provider)
{
    internal const string Replayed = "Idempotent-Replayed";

    [Test]
    public async Task SameKeyAndBodyShouldReplayTheFirstResponseWithoutRunningAgain()
    {
        var setup = await NewStoreWithKeyAsync();
        var body = new { name = "VIP Rank", price = 9.99m, isActive = true, serverIds = Array.Empty<Guid>(), commands = Array.Empty<object>() };

        var first = await PostAsync(setup.Api, "/api/v1/packages", body, "create-vip-1");
        var firstBody = await first.Content.ReadAsStringAsync();
        first.StatusCode.Should().Be(HttpStatusCode.OK, firstBody);
        first.Headers.Contains(Replayed).Should().BeFalse();

        var retry = await PostAsync(setup.Api, "/api/v1/packages", body, "create-vip-1");
        retry.StatusCode.Should().Be(HttpStatusCode.OK);
        retry.Headers.GetValues(Replayed).Should().Equal("true");
        retry.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        (await retry.Content.ReadAsStringAsync()).Should().Be(firstBody);
        retry.Headers.Contains("X-RateLimit-Limit").Should().BeTrue("the Store API's headers are on a replay too");

        (await DataAsync<List<PackageDto>>(await setup.Api.GetAsync("/api/v1/packages"))).Should().ContainSingle("the retry wrote nothing");
        (await RowsAsync()).Should().Be(1);
    }

    [Test]
    public async Task ARetriedOrderShouldCreateOneOrderAndCountTheCustomerOnce()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 5.00m);
        var body = new { playerUsername = "Notch", items = new[] { new { packageId = package.Id, quantity = 1 } } };

        var first = await DataAsync<OrderDto>(await PostAsync(setup.Api, "/api/v1/orders", body, "order-1"));
        var retry = await PostAsync(setup.Api, "/api/v1/orders", body, "order-1");

        retry.Headers.GetValues(Replayed).Should().Equal("true");
        (await DataAsync<OrderDto>(retry)).Id.Should().Be(first.Id);
        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders")).Total.Should().Be(1);
        var customer = (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers")).Items.Should().ContainSingle().Subject;
        customer.OrderCount.Should().Be(1);
        customer.TotalSpent.Should().Be(5.00m);
    }

    [Test]
    public async Task SameKeyWithAnotherBodyOrPathShouldBe422()
    {
        var setup = await NewStoreWithKeyAsync();
        await DataAsync<JsonElement>(await PostAsync(setup.Api, "/api/v1/categories", new { name = "Ranks" }, "k-422"));

        var otherBody = await PostAsync(setup.Api, "/api/v1/categories", new { name = "Kits" }, "k-422");
        var error = await ReadErrorAsync(otherBody, HttpStatusCode.UnprocessableEntity);
        error.Message.Should().Contain("Idempotency-Key");

        var otherPath = await PostAsync(setup.Api, "/api/v1/coupons", new { name = "Ranks" }, "k-422");
        await ReadErrorAsync(otherPath, HttpStatusCode.UnprocessableEntity);

        var categories = await DataAsync<JsonElement>(await setup.Api.GetAsync("/api/v1/categories"));
        categories.GetArrayLength().Should().Be(1, "a refused retry runs nothing");
    }

    [Test]
    public async Task ARetryWhileTheFirstIsRunningShouldBe409AndThenReplay()
    {
        var setup = await NewStoreWithKeyAsync();
        var name = $"hold-{Guid.NewGuid():N}";
        var probe = IdempotencyProbeController.For(name);

        var first = PostAsync(setup.Api, "/api/v1/test-only/idempotency/hold", new { name }, "k-409");
        await probe.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var during = await PostAsync(setup.Api, "/api/v1/test-only/idempotency/hold", new { name }, "k-409");
        (await ReadErrorAsync(during, HttpStatusCode.Conflict)).Message.Should().Contain("still being processed");

        probe.Release.SetResult();
        var firstResponse = await first;
        (await DataAsync<JsonElement>(firstResponse)).GetProperty("run").GetInt32().Should().Be(1);

        var after = await PostAsync(setup.Api, "/api/v1/test-only/idempotency/hold", new { name }, "k-409");
        after.Headers.GetValues(Replayed).Should().Equal("true");
        (await DataAsync<JsonElement>(after)).GetProperty("run").GetInt32().Should().Be(1);
        probe.Runs.Should().Be(1);
    }

    [Test]
    public async Task AFailedFirstRequestShouldFreeTheKeyButAClientErrorShouldBeKept()
    {
        var setup = await NewStoreWithKeyAsync();
        var name = $"fail-{Guid.NewGuid():N}";

        var failed = await PostAsync(setup.Api, "/api/v1/test-only/idempotency/fail-once", new { name }, "k-500");
        await ReadErrorAsync(failed, HttpStatusCode.InternalServerError);
        var retried = await PostAsync(setup.Api, "/api/v1/test-only/idempotency/fail-once", new { name }, "k-500");
        retried.Headers.Contains(Replayed).Should().BeFalse("a 500 is not kept: the retry runs");
        (await DataAsync<JsonElement>(retried)).GetProperty("run").GetInt32().Should().Be(2);

        // A validation failure (thrown inside the handler) is an answer: kept and replayed.
        var invalid = new { name = "Broken", price = -1m, serverIds = Array.Empty<Guid>(), commands = Array.Empty<object>() };
        var refused = await PostAsync(setup.Api, "/api/v1/packages", invalid, "k-400");
        var refusedBody = await refused.Content.ReadAsStringAsync();
        await ReadErrorAsync(refused, HttpStatusCode.BadRequest);
        var again = await PostAsync(setup.Api, "/api/v1/packages", invalid, "k-400");
        await ReadErrorAsync(again, HttpStatusCode.BadRequest);
        again.Headers.GetValues(Replayed).Should().Equal("true");
        (await again.Content.ReadAsStringAsync()).Should().Be(refusedBody);
    }

    [TestCase("del\u007f")]
    [TestCase("caf\u00e9")]
    [TestCase("tab\there")]
    [TestCase("\"unterminated\\\"")]
    [TestCase("256")]
    public async Task AMalformedKeyShouldBe400AndRunNothing(string key)
    {
        var setup = await NewStoreWithKeyAsync();
        if (key == "256")
        {
            key = new string('k', 256);
        }

        var response = await PostAsync(setup.Api, "/api/v1/categories", new { name = "Ranks" }, key);

        var error = await ReadErrorAsync(response, HttpStatusCode.BadRequest);
        error.Errors.Should().ContainSingle().Which.Should().Contain("Idempotency-Key");
        (await DataAsync<JsonElement>(await setup.Api.GetAsync("/api/v1/categories"))).GetArrayLength().Should().Be(0);
        (await RowsAsync()).Should().Be(0);
    }

    [Test]
    public async Task TwoKeyHeadersShouldBe400AndTheLongestAndQuotedKeysShouldWork()
    {
        var setup = await NewStoreWithKeyAsync();
        using var twice = new HttpRequestMessage(HttpMethod.Post, "/api/v1/categories") { Content = JsonContent.Create(new { name = "Ranks" }) };
        twice.Headers.TryAddWithoutValidation("Idempotency-Key", ["one", "two"]).Should().BeTrue();
        await ReadErrorAsync(await setup.Api.SendAsync(twice), HttpStatusCode.BadRequest);

        var longest = new string('~', 255);
        await DataAsync<JsonElement>(await PostAsync(setup.Api, "/api/v1/categories", new { name = "Ranks" }, longest));
        (await PostAsync(setup.Api, "/api/v1/categories", new { name = "Ranks" }, longest)).Headers.GetValues(Replayed).Should().Equal("true");

        // The draft's structured-field form: "…" is the same key as the bare one.
        await DataAsync<JsonElement>(await PostAsync(setup.Api, "/api/v1/categories", new { name = "Kits" }, "8e03978e-40d5-43e8-bc93-6894a57f9324"));
        var quoted = await PostAsync(setup.Api, "/api/v1/categories", new { name = "Kits" }, "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"");
        quoted.Headers.GetValues(Replayed).Should().Equal("true");
    }

    [Test]
    public async Task TenConcurrentOrdersWithOneKeyShouldCreateExactlyOneOrder()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 2.50m);
        var body = new { playerUsername = "jeb_", items = new[] { new { packageId = package.Id, quantity = 1 } } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => PostAsync(WithKey(setup.Key.Key), "/api/v1/orders", body, "one-order")));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        statuses.Should().OnlyContain(s => s == 200 || s == 409, "the statuses were {0}", string.Join(",", statuses));
        var executed = responses.Where(r => r.StatusCode == HttpStatusCode.OK && !r.Headers.Contains(Replayed)).ToList();
        executed.Should().ContainSingle("exactly one request ran");
        var orderIds = new HashSet<Guid>();
        foreach (var ok in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            orderIds.Add((await DataAsync<OrderDto>(ok)).Id);
        }

        orderIds.Should().ContainSingle("replays carry the one order");
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            await ReadErrorAsync(conflict, HttpStatusCode.Conflict);
        }

        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders")).Total.Should().Be(1);
        (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers")).Items.Should().ContainSingle().Which.OrderCount.Should().Be(1);
    }

    [Test]
    public async Task OneKeyFromTwoStoresOrTwoApiKeysShouldRunForEach()
    {
        var a = await NewStoreWithKeyAsync();
        var b = await NewStoreWithKeyAsync();
        var secondKeyOfA = WithKey((await NewKeyAsync(a.Owner, a.Store.Id)).Key);
        var body = new { name = "Ranks" };

        foreach (var client in new[] { a.Api, b.Api, secondKeyOfA })
        {
            var response = await PostAsync(client, "/api/v1/categories", body, "shared-key");
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            response.Headers.Contains(Replayed).Should().BeFalse("another caller's response is never replayed");
        }

        (await DataAsync<JsonElement>(await a.Api.GetAsync("/api/v1/categories"))).GetArrayLength().Should().Be(2);
        (await DataAsync<JsonElement>(await b.Api.GetAsync("/api/v1/categories"))).GetArrayLength().Should().Be(1);
    }

    [Test]
    public async Task DashboardStorePostsShouldReplayButNeverKeepASecret()
    {
        var owner = await NewUserAsync();
        var body = new { name = "Idempotent store" };
        var created = await ReadAsync<StoreDto>(await PostAsync(owner.Client, "/api/stores", body, "new-store"));
        var replay = await PostAsync(owner.Client, "/api/stores", body, "new-store");
        replay.Headers.GetValues(Replayed).Should().Equal("true");
        (await ReadAsync<StoreDto>(replay)).Id.Should().Be(created.Id);
        (await ReadAsync<List<StoreDto>>(await owner.Client.GetAsync("/api/stores"))).Should().ContainSingle();

        // Another user with the same key and body runs their own request.
        var other = await NewUserAsync();
        var theirs = await PostAsync(other.Client, "/api/stores", body, "new-store");
        theirs.Headers.Contains(Replayed).Should().BeFalse();
        (await ReadAsync<StoreDto>(theirs)).Id.Should().NotBe(created.Id);

        // A server key is shown once: the response is not kept, the key stays used, no second server is made.
        var servers = $"/api/stores/{created.Id}/servers";
        var server = await PostAsync(owner.Client, servers, new { name = "Survival" }, "new-server");
        var serverBody = await server.Content.ReadAsStringAsync();
        server.StatusCode.Should().Be(HttpStatusCode.OK, serverBody);
        var secret = JsonDocument.Parse(serverBody).RootElement.GetProperty("data").GetProperty("key").GetString();
        secret.Should().NotBeNullOrEmpty();
        var retried = await PostAsync(owner.Client, servers, new { name = "Survival" }, "new-server");
        var retriedBody = await retried.Content.ReadAsStringAsync();
        (await ReadErrorAsync(retried, HttpStatusCode.Conflict)).Message.Should().Contain("secret");
        retriedBody.Should().NotContain(secret!);
        (await ReadAsync<List<JsonElement>>(await owner.Client.GetAsync(servers))).Should().ContainSingle();
        await WithDbAsync(async db => (await db.IdempotencyRecords.Where(r => r.ResponseBody != null).ToListAsync())
            .Should().OnlyContain(r => !System.Text.Encoding.UTF8.GetString(r.ResponseBody!).Contains(secret!)));
    }

    [Test]
    public async Task AuthEndpointsShouldIgnoreTheHeader()
    {
        var email = $"user-{Guid.NewGuid():N}@example.com";
        var body = new { email, password = "correct-horse-battery", displayName = "Test user" };
        var client = Anonymous();

        (await PostAsync(client, "/api/auth/register", body, "register-1")).StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await PostAsync(client, "/api/auth/register", body, "register-1");
        again.StatusCode.Should().NotBe(HttpStatusCode.OK, "the second registration runs (and is refused), it is not replayed");
        again.Headers.Contains(Replayed).Should().BeFalse();

        var login = await PostAsync(client, "/api/auth/login", new { email, password = "correct-horse-battery" }, "");
        login.StatusCode.Should().Be(HttpStatusCode.OK, "a key the Store API would refuse is not even read here");
        (await RowsAsync()).Should().Be(0, "no token is ever kept");
    }

    [Test]
    public async Task WithoutTheHeaderOrWithAnEmptyOneEveryRequestShouldRun()
    {
        var setup = await NewStoreWithKeyAsync();
        await DataAsync<JsonElement>(await setup.Api.PostAsJsonAsync("/api/v1/categories", new { name = "Ranks" }));
        var second = await setup.Api.PostAsJsonAsync("/api/v1/categories", new { name = "Ranks" });
        second.Headers.Contains(Replayed).Should().BeFalse();

        // The generated TypeScript client sends an unset optional header as an empty value: that is no key.
        for (var i = 0; i < 2; i++)
        {
            var blank = await PostAsync(setup.Api, "/api/v1/categories", new { name = "Ranks" }, "  ");
            blank.StatusCode.Should().Be(HttpStatusCode.OK);
            blank.Headers.Contains(Replayed).Should().BeFalse();
        }

        (await DataAsync<JsonElement>(await setup.Api.GetAsync("/api/v1/categories"))).GetArrayLength().Should().Be(4);
        (await RowsAsync()).Should().Be(0);
    }

    internal static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key).Should().BeTrue();
        return client.SendAsync(request);
    }

    private async Task<int> RowsAsync()
    {
        var rows = 0;
        await WithDbAsync(async db => rows = await db.IdempotencyRecords.CountAsync());
        return rows;
    }
}
