using Microsoft.EntityFrameworkCore;
using static FluxStore.Management.Api.IntegrationTests.Idempotency.IdempotencyKeyTests;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Idempotency;

/// <summary>
/// Issue #18 item 6: a request whose write committed keeps its <c>Idempotency-Key</c> even when its answer is lost
/// (the commit's acknowledgement broke, the client hung up, the process died): a retry gets the kept answer or 409,
/// never a second order or gift card. Faults come from <see cref="CommitFaults"/>.
/// </summary>
public sealed class IdempotencyAfterCommitTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:Idempotency:LockTimeout"] = "00:02:00",
    };

    [Test]
    public async Task AnOrderWhoseCommitAcknowledgementWasLostShouldNotBeWrittenAgainOnRetry()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 5.00m);
        var body = new { playerUsername = "Notch", items = new[] { new { packageId = package.Id, quantity = 1 } } };

        var first = await SendAsync(setup.Api, "/api/v1/orders", body, "order-lost", CommitFaults.CommitLost);
        await ReadErrorAsync(first, HttpStatusCode.ServiceUnavailable);
        (await OrdersInDatabaseAsync()).Should().Be(1, "the commit happened; only its acknowledgement was lost");

        for (var retry = 0; retry < 2; retry++)
        {
            var again = await SendAsync(setup.Api, "/api/v1/orders", body, "order-lost");
            var error = await ReadErrorAsync(again, HttpStatusCode.Conflict);
            error.Message.Should().Contain("already saved its changes").And.Contain("use a new key");
        }

        (await OrdersInDatabaseAsync()).Should().Be(1, "a retry with the key never writes a second order");
        (await PageAsync<FluxStore.Management.Application.Orders.OrderDto>(setup.Api, "/api/v1/orders")).Total.Should().Be(1);
        var customer = (await PageAsync<FluxStore.Management.Application.Customers.CustomerDto>(setup.Api, "/api/v1/customers")).Items.Should().ContainSingle().Subject;
        customer.OrderCount.Should().Be(1);
        customer.TotalSpent.Should().Be(5.00m);

        var fresh = await SendAsync(setup.Api, "/api/v1/orders", body, "order-new");
        fresh.StatusCode.Should().Be(HttpStatusCode.OK, "a new key runs");
        (await OrdersInDatabaseAsync()).Should().Be(2);
    }

    [Test]
    public async Task AGiftCardWhoseCommitAcknowledgementWasLostShouldNotBeWrittenAgainOnRetry()
    {
        var setup = await NewStoreWithKeyAsync();
        var body = new { amount = 25.00m, recipientName = "Alex" };

        await ReadErrorAsync(await SendAsync(setup.Api, "/api/v1/gift-cards", body, "card-lost", CommitFaults.CommitLost), HttpStatusCode.ServiceUnavailable);
        var again = await SendAsync(setup.Api, "/api/v1/gift-cards", body, "card-lost");
        (await ReadErrorAsync(again, HttpStatusCode.Conflict)).Message.Should().Contain("already saved its changes");

        (await GiftCardsInDatabaseAsync()).Should().Be(1, "a retry with the key never writes a second gift card");
    }

    [Test]
    public async Task AClientThatHangsUpRightAfterTheCommitShouldNotGetASecondGiftCardOnRetry()
    {
        var setup = await NewStoreWithKeyAsync();
        var body = new { amount = 10.00m, recipientName = "Sam" };

        var hungUp = async () => await SendAsync(setup.Api, "/api/v1/gift-cards", body, "card-abort", CommitFaults.AbortAfterCommit);
        await hungUp.Should().ThrowAsync<Exception>("the request was aborted after the commit");
        await WaitUntilSettledAsync("card-abort");

        // What the aborted request wrote into its response is not trusted (it may be cut short): the key stays used.
        var retry = await SendAsync(setup.Api, "/api/v1/gift-cards", body, "card-abort");
        (await ReadErrorAsync(retry, HttpStatusCode.Conflict)).Message.Should().Contain("already saved its changes");
        (await GiftCardsInDatabaseAsync()).Should().Be(1, "a retry with the key never writes a second gift card");
        (await PageAsync<JsonElement>(setup.Api, "/api/v1/gift-cards")).Total.Should().Be(1);
    }

    [Test]
    public async Task AKeyWhoseWriteCommittedShouldNotBeTakenOverAfterTheLockTimeout()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 5.00m);
        var body = new { playerUsername = "Notch", items = new[] { new { packageId = package.Id, quantity = 1 } } };
        await ReadErrorAsync(await SendAsync(setup.Api, "/api/v1/orders", body, "order-crash", CommitFaults.CommitLost), HttpStatusCode.ServiceUnavailable);

        // As if the process had died between the commit and settling the key: the row is left running.
        await WithDbAsync(async db => await db.IdempotencyRecords.Where(r => r.Key == "order-crash")
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsCompleted, false)));

        var whileLocked = await SendAsync(setup.Api, "/api/v1/orders", body, "order-crash");
        (await ReadErrorAsync(whileLocked, HttpStatusCode.Conflict)).Message.Should().Contain("still being processed");

        _clock.Advance(TimeSpan.FromMinutes(3));
        var afterTheLock = await SendAsync(setup.Api, "/api/v1/orders", body, "order-crash");
        (await ReadErrorAsync(afterTheLock, HttpStatusCode.Conflict)).Message.Should().Contain("already saved its changes");
        (await OrdersInDatabaseAsync()).Should().Be(1, "a committed request is never run again, even after its lock");
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, object body, string key, string? fault = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key).Should().BeTrue();
        if (fault is not null)
        {
            request.Headers.Add(CommitFaults.Header, fault);
        }

        return client.SendAsync(request);
    }

    /// <summary>The aborted request goes on running on the server; waits until it has kept or freed its key.</summary>
    private async Task WaitUntilSettledAsync(string key)
    {
        var settled = await Eventually.Until(
            async () =>
            {
                var running = true;
                await WithDbAsync(async db => running = await db.IdempotencyRecords.AnyAsync(r => r.Key == key && !r.IsCompleted));
                return !running;
            },
            TimeSpan.FromSeconds(30),
            TimeSpan.FromMilliseconds(20));
        settled.Should().BeTrue("the aborted request settles its key");
    }

    private async Task<int> OrdersInDatabaseAsync()
    {
        var count = 0;
        await WithDbAsync(async db => count = await db.Orders.CountAsync());
        return count;
    }

    private async Task<int> GiftCardsInDatabaseAsync()
    {
        var count = 0;
        await WithDbAsync(async db => count = await db.GiftCards.CountAsync());
        return count;
    }
}
