using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Domain.ApiKeys;
using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Security;
using FluxStore.Management.Domain.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Api.IntegrationTests.RateLimiting;

/// <summary>
/// Proves <see cref="ApiTestBase.ResetAsync"/>: two consecutive tests each spend the same key's 30 requests (the same
/// store, key id and secret, written again after the database reset) in the same minute of a clock pinned to one
/// instant. Without the reset of the in-memory counters, the second test's first request would be the 31st.
/// </summary>
public sealed class RateLimitResetTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();
    private DateTimeOffset? _instant;
    private readonly Guid _storeId = Guid.CreateVersion7();
    private readonly Guid _keyId = Guid.CreateVersion7();
    private readonly string _secret = Guid.NewGuid().ToString("N");

    protected override TimeProvider? Clock => _clock;

    [Test]
    [Order(1)]
    public Task TheFirstTestShouldSpendTheKeysThirtyRequests() => SpendThirtyAsync();

    [Test]
    [Order(2)]
    public Task TheNextTestShouldHaveTheSameKeysThirtyRequestsAgain() => SpendThirtyAsync();

    private async Task SpendThirtyAsync()
    {
        _instant ??= RateLimitTestKit.WindowEnd(_clock).AddSeconds(-30); // mid-minute, the same for both tests
        _clock.Set(_instant.Value);
        var api = WithKey(await SameKeyAsync());

        for (var i = 1; i <= 30; i++)
        {
            var response = await api.GetAsync("/api/v1/packages");
            response.StatusCode.Should().Be(HttpStatusCode.OK, "request {0} of this test is within the limit", i);
            RateLimitTestKit.Header(response, "X-RateLimit-Remaining").Should().Be((30 - i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await ReadErrorAsync(await api.GetAsync("/api/v1/packages"), HttpStatusCode.TooManyRequests);
    }

    /// <summary>The fixture's one Pro store and key, written straight to the (just emptied) database.</summary>
    private async Task<string> SameKeyAsync()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var hash = Factory.Services.GetRequiredService<ISecretHasher>().Hash(_secret);
        await WithDbAsync(async db =>
        {
            var store = WithId(new Store("Reset store", "USD", now), _storeId);
            store.ChangePlan(StorePlan.Pro, null);
            var permissions = PermissionSet.Of([new Permission(PermissionArea.Packages, PermissionAction.View)]);
            db.Stores.Add(store);
            db.ApiKeys.Add(WithId(new ApiKey(_storeId, "Reset key", permissions, null, hash, _secret[^ApiKey.HintLength..], now), _keyId));
            await db.SaveChangesAsync();
        });
        return ApiKey.Format(_storeId, _secret);
    }

    private static T WithId<T>(T entity, Guid id)
        where T : Entity
    {
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(entity, id);
        return entity;
    }
}
