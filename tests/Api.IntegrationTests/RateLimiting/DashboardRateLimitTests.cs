using FluxStore.Management.Application.Packages;

namespace FluxStore.Management.Api.IntegrationTests.RateLimiting;

/// <summary>
/// The per-user limit on <c>/api/stores/*</c> (<c>FluxStore:RateLimit:DashboardPermitLimit</c>), on a frozen clock so
/// no window rolls over mid-test; the Store API keeps its own per-key limit beside it.
/// </summary>
public sealed class DashboardRateLimitTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:DashboardPermitLimit"] = "3",
        ["FluxStore:RateLimit:PermitLimit"] = "5",
        ["FluxStore:RateLimit:WindowSeconds"] = "60",
    };

    [Test]
    public async Task TheFourthDashboardRequestOfAUserInAWindowShouldBe429WithTheStoreApisHeaders()
    {
        var setup = await NewStoreWithKeyAsync();
        var owner = setup.Owner.Client;
        var packages = $"/api/stores/{setup.Store.Id}/packages";
        NextWindow(); // setting up the store used dashboard requests of this window
        var windowEnd = WindowEnd();

        // A request without a valid token is not a user's: 401, not counted.
        var anonymous = await WithBearer("not-a-token").GetAsync(packages);
        await ReadErrorAsync(anonymous, HttpStatusCode.Unauthorized);
        Header(anonymous, "X-RateLimit-Limit").Should().BeNull();

        for (var i = 1; i <= 3; i++)
        {
            // Any /api/stores route counts: data routes and the store's own.
            var response = i == 2 ? await owner.GetAsync($"/api/stores/{setup.Store.Id}") : await owner.GetAsync(packages);
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"request {i} is within the limit");
            Header(response, "X-RateLimit-Limit").Should().Be("3");
            Header(response, "X-RateLimit-Remaining").Should().Be((3 - i).ToString());
            Header(response, "X-RateLimit-Reset").Should().Be(windowEnd.ToUnixTimeSeconds().ToString());
        }

        var limited = await owner.PostAsJsonAsync(packages, new { name = "Too many", price = 1 });
        var error = await ReadErrorAsync(limited, HttpStatusCode.TooManyRequests);
        error.Message.Should().Contain("Rate limit").And.Contain("per user");
        Header(limited, "X-RateLimit-Limit").Should().Be("3");
        Header(limited, "X-RateLimit-Remaining").Should().Be("0");
        var retryAfter = int.Parse(Header(limited, "Retry-After")!);
        retryAfter.Should().BeInRange(1, 60);

        // Refused before anything ran: the package was not created (read through the key, which the user's limit does not touch).
        var viaKey = await setup.Api.GetAsync("/api/v1/packages");
        (await ReadAsync<List<PackageDto>>(viaKey)).Should().BeEmpty();
        Header(viaKey, "X-RateLimit-Limit").Should().Be("5");
        Header(viaKey, "X-RateLimit-Remaining").Should().Be("4");

        // Another user has a window of their own; the limited user gets a fresh one when the window ends.
        var other = await NewUserAsync();
        var otherResponse = await other.Client.GetAsync("/api/stores");
        otherResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        Header(otherResponse, "X-RateLimit-Remaining").Should().Be("2");

        _clock.Advance(TimeSpan.FromSeconds(retryAfter));
        var next = await owner.GetAsync(packages);
        next.StatusCode.Should().Be(HttpStatusCode.OK);
        Header(next, "X-RateLimit-Remaining").Should().Be("2");
    }

    [Test]
    public async Task TheStoreApiShouldKeepItsPerKeyLimitAndTheDashboardShouldNotCountIt()
    {
        var setup = await NewStoreWithKeyAsync();
        NextWindow();

        for (var i = 1; i <= 5; i++)
        {
            (await setup.Api.GetAsync("/api/v1/packages")).StatusCode.Should().Be(HttpStatusCode.OK, $"key request {i}");
        }

        var limited = await setup.Api.GetAsync("/api/v1/packages");
        (await ReadErrorAsync(limited, HttpStatusCode.TooManyRequests)).Message.Should().Contain("per API key");
        Header(limited, "X-RateLimit-Limit").Should().Be("5");

        var dashboard = await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/packages");
        dashboard.StatusCode.Should().Be(HttpStatusCode.OK, "the key's limit is not the user's");
        Header(dashboard, "X-RateLimit-Limit").Should().Be("3");
        Header(dashboard, "X-RateLimit-Remaining").Should().Be("2");
    }

    private void NextWindow() => _clock.Set(WindowEnd());

    private DateTimeOffset WindowEnd() => RateLimitTestKit.WindowEnd(_clock);

    private static string? Header(HttpResponseMessage response, string name) => RateLimitTestKit.Header(response, name);
}
