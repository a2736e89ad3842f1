using FluxStore.Management.Api.IntegrationTests.Infrastructure;
using FluxStore.Management.Application.Subscriptions;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Orders;

/// <summary>The sweeper runs on its own, every <c>FluxStore:Subscriptions:SweepInterval</c>, in each instance.</summary>
public sealed class SubscriptionSweeperTimerTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:Subscriptions:SweepInterval"] = "00:00:00.100",
    };

    [Test]
    public async Task TheTimerShouldExpireASubscriptionOnceItsPeriodHasPassed()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, name: "Weekly", subscriptionInterval: new { value = 1, unit = "week" });
        await OrderAsync(setup.Api, "Steve", package.Id);
        var subscription = (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions")).Items.Single();

        _clock.Set(subscription.CurrentPeriodEnd.AddSeconds(1));
        var current = await Eventually.Until(
            async () => await ReadAsync<SubscriptionDto>(await setup.Api.GetAsync($"/api/v1/subscriptions/{subscription.Id}")),
            s => s.Status != "Active",
            TimeSpan.FromSeconds(15),
            TimeSpan.FromMilliseconds(50));

        current.Status.Should().Be("Expired");
        current.EndedAt.Should().Be(_clock.GetUtcNow().UtcDateTime);
    }
}
