using System.Net.Http.Headers;
using FluxStore.Management.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Security;

/// <summary>
/// The platform-admin right is read from the user's row on every admin request, never from the token: a demoted admin
/// loses it and a promoted user gains it with the same still-valid token, at once on the instance that saved the
/// change and within 2 s on another one (docs/decisions/0019-credential-cache.md).
/// </summary>
public sealed class PlatformAdminRightsTests(string provider) : TwoInstanceTestBase(provider)
{
    [Test]
    public async Task DemotedAdminShouldBeRefusedWithTheSameTokenAtOnceHereAndWithinTwoSecondsThere()
    {
        var store = await NewStoreAsync(await NewUserAsync(), pro: false);
        var user = await NewUserAsync();
        await SetAdminFlagAsync(user.Id, true);
        var token = SignIn(user.Id, user.Email, isPlatformAdmin: true);
        var here = WithBearer(token);
        var there = OnSecond(token);
        (await SetPlanAsync(here, store.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await SetPlanAsync(there, store.Id)).StatusCode.Should().Be(HttpStatusCode.OK);

        await SetAdminFlagAsync(user.Id, false);

        (await ReadErrorAsync(await SetPlanAsync(here, store.Id), HttpStatusCode.Forbidden)).Message.Should().Contain("platform operators");
        await ShouldSeeWithinPromiseAsync(async () => (await SetPlanAsync(there, store.Id)).StatusCode, status => status == HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task PromotedUserShouldBeAdmittedWithoutSigningInAgain()
    {
        var store = await NewStoreAsync(await NewUserAsync(), pro: false);
        var user = await NewUserAsync();
        var token = SignIn(user.Id, user.Email); // no admin claim in it
        var here = WithBearer(token);
        var there = OnSecond(token);
        await ReadErrorAsync(await SetPlanAsync(here, store.Id), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await SetPlanAsync(there, store.Id), HttpStatusCode.Forbidden);

        await SetAdminFlagAsync(user.Id, true);

        var plan = await ReadAsync<JsonElement>(await SetPlanAsync(here, store.Id));
        plan.GetProperty("plan").GetString().Should().Be("Pro");
        await ShouldSeeWithinPromiseAsync(async () => (await SetPlanAsync(there, store.Id)).StatusCode, status => status == HttpStatusCode.OK);
    }

    [Test]
    public async Task AnAdminClaimInTheTokenShouldGrantNothingWithoutTheFlagInTheRow()
    {
        var store = await NewStoreAsync(await NewUserAsync(), pro: false);
        var user = await NewUserAsync();
        var client = WithBearer(SignIn(user.Id, user.Email, isPlatformAdmin: true));

        await ReadErrorAsync(await SetPlanAsync(client, store.Id), HttpStatusCode.Forbidden);
        await WithDbAsync(async db =>
            (await db.Stores.AsNoTracking().SingleAsync(s => s.Id == store.Id)).Plan.ToString().Should().Be("Free"));
    }

    /// <summary>A tracked change of the row, as any demotion or promotion path would save it.</summary>
    private Task SetAdminFlagAsync(Guid userId, bool isPlatformAdmin) => WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        db.Entry(user).Property(nameof(User.IsPlatformAdmin)).CurrentValue = isPlatformAdmin;
        await db.SaveChangesAsync();
    });

    private static Task<HttpResponseMessage> SetPlanAsync(HttpClient client, Guid storeId) =>
        client.PutAsJsonAsync($"/api/admin/stores/{storeId}/plan", new { plan = "Pro" });

    private HttpClient OnSecond(string token)
    {
        var client = Second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
