using FluxStore.Management.Application.Auth;
using FluxStore.Management.Application.Members;
using FluxStore.Management.Application.Stores;

namespace FluxStore.Management.Api.IntegrationTests.Dashboard;

public sealed class AccountsAndStoresTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task RegisterAndLoginShouldIssueABearerToken()
    {
        var email = $"Owner-{Guid.NewGuid():N}@Example.com";
        var user = await ReadAsync<UserDto>(await Anonymous().PostAsJsonAsync("/api/auth/register", new { email, password = "long-enough-password", displayName = "Owner" }));
        user.Email.Should().Be(email);
        user.DisplayName.Should().Be("Owner");

        var login = await ReadAsync<LoginResultDto>(await Anonymous().PostAsJsonAsync("/api/auth/login", new { email = email.ToLowerInvariant(), password = "long-enough-password" }));
        login.TokenType.Should().Be("Bearer");
        login.AccessToken.Should().NotBeNullOrEmpty();
        login.ExpiresAt.Should().BeAfter(DateTime.UtcNow);
        (await WithBearer(login.AccessToken).GetAsync("/api/stores")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task RegisterShouldRejectShortPasswordsBadEmailsAndDuplicates()
    {
        var email = $"dup-{Guid.NewGuid():N}@example.com";
        var shortPassword = await ReadErrorAsync(await Anonymous().PostAsJsonAsync("/api/auth/register", new { email, password = "short" }), HttpStatusCode.BadRequest);
        shortPassword.Errors.Should().Contain(e => e.Contains("password"));
        await ReadErrorAsync(await Anonymous().PostAsJsonAsync("/api/auth/register", new { email = "nope", password = "long-enough-password" }), HttpStatusCode.BadRequest);

        await ReadAsync<UserDto>(await Anonymous().PostAsJsonAsync("/api/auth/register", new { email, password = "long-enough-password" }));
        var duplicate = await ReadErrorAsync(await Anonymous().PostAsJsonAsync("/api/auth/register", new { email = email.ToUpperInvariant(), password = "long-enough-password" }), HttpStatusCode.BadRequest);
        duplicate.Errors.Should().Contain(e => e.Contains("already exists"));
    }

    [Test]
    public async Task WrongEmailAndWrongPasswordShouldGiveTheSame401()
    {
        var user = await NewUserAsync();
        var wrongPassword = await Anonymous().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "not-the-password" });
        var wrongEmail = await Anonymous().PostAsJsonAsync("/api/auth/login", new { email = $"nobody-{Guid.NewGuid():N}@example.com", password = user.Password });

        var first = await ReadErrorAsync(wrongPassword, HttpStatusCode.Unauthorized);
        var second = await ReadErrorAsync(wrongEmail, HttpStatusCode.Unauthorized);
        first.Should().BeEquivalentTo(second);
    }

    [Test]
    public async Task StoresShouldBeVisibleOnlyToTheirMembers()
    {
        var owner = await NewUserAsync();
        var store = await ReadAsync<StoreDto>(await owner.Client.PostAsJsonAsync("/api/stores", new { name = "Craft Shop", currency = "eur" }));
        store.Should().BeEquivalentTo(new { Name = "Craft Shop", Currency = "EUR", Plan = "Free", IsPro = false, ProExpiresAt = (DateTime?)null });

        (await ReadAsync<List<StoreDto>>(await owner.Client.GetAsync("/api/stores"))).Should().ContainSingle().Which.Id.Should().Be(store.Id);

        var stranger = await NewUserAsync();
        (await ReadAsync<List<StoreDto>>(await stranger.Client.GetAsync("/api/stores"))).Should().BeEmpty();
        await ReadErrorAsync(await stranger.Client.GetAsync($"/api/stores/{store.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await owner.Client.PostAsJsonAsync("/api/stores", new { name = "x", currency = "ABC" }), HttpStatusCode.BadRequest);
        (await ReadAsync<StoreDto>(await owner.Client.PostAsJsonAsync("/api/stores", new { name = "Default currency" }))).Currency.Should().Be("USD");
    }

    [Test]
    public async Task MembersShouldBeManagedByEditorsAndTheOwnerShouldStay()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        var viewer = await NewUserAsync();

        (await owner.AddMemberAsync(store.Id, viewer, "Stores:View")).EnsureSuccessStatusCode();

        var members = await ReadAsync<List<MemberDto>>(await viewer.Client.GetAsync($"/api/stores/{store.Id}/members"));
        members.Should().HaveCount(2);
        members.Single(m => m.IsOwner).Permissions.Should().BeEquivalentTo(FluxStore.Management.Domain.Security.PermissionCatalog.MemberPermissions.Select(p => p.ToString()), "the owner holds every permission");
        var added = members.Single(m => !m.IsOwner);
        added.Permissions.Should().Equal("Stores:View");
        added.Email.Should().Be(viewer.Email, "the caller sees their own email");
        members.Single(m => m.IsOwner).Email.Should().MatchRegex(@"^u\*\*\*@example\.com$", "other people's emails are masked");

        await ReadErrorAsync(await viewer.Client.PostAsJsonAsync($"/api/stores/{store.Id}/members", new { email = owner.Email, permissions = Array.Empty<string>() }), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await owner.Client.PostAsJsonAsync($"/api/stores/{store.Id}/members", new { email = viewer.Email, permissions = new[] { "Stores:View" } }), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await owner.Client.PostAsJsonAsync($"/api/stores/{store.Id}/members", new { email = "ghost@example.com", permissions = new[] { "Orders:Delete" } }), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await owner.Client.DeleteAsync($"/api/stores/{store.Id}/members/{owner.Id}"), HttpStatusCode.BadRequest);

        (await owner.Client.DeleteAsync($"/api/stores/{store.Id}/members/{viewer.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await ReadErrorAsync(await viewer.Client.GetAsync($"/api/stores/{store.Id}"), HttpStatusCode.NotFound);
    }
}

public sealed class ConcurrentRegistrationTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ConcurrentRegistrationsOfOneEmailShouldGiveOneAccountAndNo500()
    {
        var email = $"race-{Guid.NewGuid():N}@example.com";
        var responses = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Anonymous().PostAsJsonAsync("/api/auth/register", new { email, password = "long-enough-password" })));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest).Should().Be(7);
    }
}
