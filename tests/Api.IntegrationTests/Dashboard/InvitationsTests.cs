using System.Text.RegularExpressions;
using FluxStore.Management.Application.Audit;
using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Invitations;
using FluxStore.Management.Application.Members;
using FluxStore.Management.Application.Stores;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Dashboard;

/// <summary>
/// Members join by invitation (DESIGN §2, docs/decisions/0021-invitations.md): <c>POST /api/stores/{id}/members</c> adds
/// nobody and answers the same for any address; only the account holding the invited email can accept, within 7 days.
/// </summary>
public sealed partial class InvitationsTests(string provider) : ApiTestBase(provider)
{
    private readonly MutableClock _clock = new();

    protected override TimeProvider? Clock => _clock;

    [GeneratedRegex("\"id\":\"[0-9a-f-]{36}\"")]
    private static partial Regex IdProperty();

    [Test]
    public async Task AnAttackerWhoRegisteredTheInvitedEmailShouldNotBeAMemberUntilAccepting()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        var attacker = await NewUserAsync("newhire@victim.example");

        var forRegistered = await owner.Client.PostAsJsonAsync(Members(store), new { email = "newhire@victim.example", permissions = new[] { "Stores:View", "Stores:Edit" } });
        var forUnknown = await owner.Client.PostAsJsonAsync(Members(store), new { email = "nobody@victim.example", permissions = new[] { "Stores:View", "Stores:Edit" } });

        // The same status, headers that matter and body (but the id) whether or not an account uses the address.
        forUnknown.StatusCode.Should().Be(forRegistered.StatusCode).And.Be(HttpStatusCode.OK);
        forUnknown.Content.Headers.ContentType.Should().Be(forRegistered.Content.Headers.ContentType);
        var registeredBody = await forRegistered.Content.ReadAsStringAsync();
        var unknownBody = await forUnknown.Content.ReadAsStringAsync();
        IdProperty().Replace(unknownBody, "\"id\":\"-\"").Should().Be(IdProperty().Replace(registeredBody, "\"id\":\"-\""));
        var invitation = Data<InvitationDto>(registeredBody);
        invitation.Should().BeEquivalentTo(new
        {
            StoreId = store.Id,
            StoreName = store.Name,
            Email = "n***@victim.example",
            Permissions = new[] { "Stores:Edit", "Stores:View" },
            ExpiresAt = _clock.GetUtcNow().UtcDateTime.AddDays(7),
            Status = "pending",
        });

        // Nothing was granted: the attacker sees no store, and the store has one member.
        (await ReadAsync<List<StoreDto>>(await attacker.Client.GetAsync("/api/stores"))).Should().BeEmpty();
        await ReadErrorAsync(await attacker.Client.GetAsync($"/api/stores/{store.Id}"), HttpStatusCode.NotFound);
        (await ReadAsync<List<MemberDto>>(await owner.Client.GetAsync(Members(store)))).Should().ContainSingle(m => m.IsOwner);
        (await CountMembersAsync(store.Id)).Should().Be(1);

        // Only by accepting, visibly, does the holder of the address get in.
        (await ReadAsync<List<InvitationDto>>(await attacker.Client.GetAsync("/api/auth/invitations")))
            .Should().ContainSingle().Which.Should().BeEquivalentTo(invitation with { Email = "newhire@victim.example" });
        (await ReadAsync<InvitationDto>(await attacker.Client.PostAsync($"/api/auth/invitations/{invitation.Id}/accept", null))).Status.Should().Be("accepted");
        (await ReadAsync<List<StoreDto>>(await attacker.Client.GetAsync("/api/stores"))).Should().ContainSingle().Which.Id.Should().Be(store.Id);
    }

    [Test]
    public async Task TheInviteeShouldListAndAcceptAndGetTheInvitedPermissions()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        var invitee = await NewUserAsync($"Invitee-{Guid.NewGuid():N}@Example.com");
        var sent = await InviteAsync(owner, store, $"  {invitee.Email.ToUpperInvariant()} ", "Stores:View");

        var mine = await ReadAsync<List<InvitationDto>>(await invitee.Client.GetAsync("/api/auth/invitations"));
        mine.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            sent.Id,
            StoreId = store.Id,
            StoreName = store.Name,
            Email = invitee.Email.ToUpperInvariant(),
            Permissions = new[] { "Stores:View" },
            Status = "pending",
        });
        (await ReadAsync<List<InvitationDto>>(await owner.Client.GetAsync(Invitations(store)))).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(sent);

        _clock.Advance(TimeSpan.FromSeconds(1)); // the audit trail's order
        var accepted = await ReadAsync<InvitationDto>(await invitee.Client.PostAsync($"/api/auth/invitations/{sent.Id}/accept", null));
        accepted.Status.Should().Be("accepted");

        var members = await ReadAsync<List<MemberDto>>(await invitee.Client.GetAsync(Members(store)));
        members.Should().HaveCount(2);
        members.Single(m => m.UserId == invitee.Id).Permissions.Should().Equal("Stores:View");
        (await ReadAsync<List<StoreDto>>(await invitee.Client.GetAsync("/api/stores"))).Should().ContainSingle().Which.Id.Should().Be(store.Id);
        await ReadErrorAsync(await invitee.Client.GetAsync(Invitations(store)), HttpStatusCode.Forbidden); // View only

        // Answered: gone from both lists, cannot be used again, and the address is now a member's.
        (await ReadAsync<List<InvitationDto>>(await invitee.Client.GetAsync("/api/auth/invitations"))).Should().BeEmpty();
        (await ReadAsync<List<InvitationDto>>(await owner.Client.GetAsync(Invitations(store)))).Should().BeEmpty();
        (await ReadErrorAsync(await invitee.Client.PostAsync($"/api/auth/invitations/{sent.Id}/accept", null), HttpStatusCode.BadRequest))
            .Errors.Should().ContainSingle().Which.Should().Contain("already accepted");
        (await ReadErrorAsync(await owner.Client.PostAsJsonAsync(Members(store), new { email = invitee.Email, permissions = new[] { "Stores:Edit" } }), HttpStatusCode.BadRequest))
            .Errors.Should().ContainSingle().Which.Should().Contain("member");
        (await CountMembersAsync(store.Id)).Should().Be(2);

        var audit = await ReadAsync<PagedResult<AuditEntryDto>>(await owner.Client.GetAsync($"/api/stores/{store.Id}/audit"));
        audit.Items.Where(e => e.Action.StartsWith("member.invitation.", StringComparison.Ordinal)).Select(e => (e.Action, e.TargetId, e.ActorUserId)).Should().Equal(
            ("member.invitation.accepted", sent.Id, invitee.Id),
            ("member.invitation.created", sent.Id, owner.Id));
    }

    [Test]
    public async Task InvitingTheSameAddressAgainShouldRenewItsPendingInvitation()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        var first = await InviteAsync(owner, store, "later@example.com", "Stores:View");

        _clock.Advance(TimeSpan.FromDays(3));
        var second = await InviteAsync(owner, store, "LATER@example.com", "Stores:View", "Stores:Edit");

        second.Id.Should().Be(first.Id);
        second.ExpiresAt.Should().Be(_clock.GetUtcNow().UtcDateTime.AddDays(7));
        second.Permissions.Should().Equal("Stores:Edit", "Stores:View");
        (await ReadAsync<List<InvitationDto>>(await owner.Client.GetAsync(Invitations(store)))).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(second);
    }

    [Test]
    public async Task ARevokedInvitationShouldNotBeAccepted()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        var invitee = await NewUserAsync();
        var sent = await InviteAsync(owner, store, invitee.Email, "Stores:View");

        _clock.Advance(TimeSpan.FromSeconds(1)); // the audit trail's order
        var revoked = await owner.Client.DeleteAsync($"{Invitations(store)}/{sent.Id}");
        revoked.StatusCode.Should().Be(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());

        (await ReadAsync<List<InvitationDto>>(await owner.Client.GetAsync(Invitations(store)))).Should().BeEmpty();
        (await ReadAsync<List<InvitationDto>>(await invitee.Client.GetAsync("/api/auth/invitations"))).Should().BeEmpty();
        (await ReadErrorAsync(await invitee.Client.PostAsync($"/api/auth/invitations/{sent.Id}/accept", null), HttpStatusCode.BadRequest))
            .Errors.Should().ContainSingle().Which.Should().Contain("revoked");
        (await ReadAsync<List<StoreDto>>(await invitee.Client.GetAsync("/api/stores"))).Should().BeEmpty();
        (await CountMembersAsync(store.Id)).Should().Be(1);

        await ReadErrorAsync(await owner.Client.DeleteAsync($"{Invitations(store)}/{sent.Id}"), HttpStatusCode.BadRequest);
        await ReadErrorAsync(await owner.Client.DeleteAsync($"{Invitations(store)}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        var audit = await ReadAsync<PagedResult<AuditEntryDto>>(await owner.Client.GetAsync($"/api/stores/{store.Id}/audit"));
        audit.Items.Where(e => e.Action.StartsWith("member.invitation.", StringComparison.Ordinal)).Select(e => e.Action)
            .Should().Equal("member.invitation.revoked", "member.invitation.created");
    }

    [Test]
    public async Task ADeclinedInvitationShouldNotBeAccepted()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        var invitee = await NewUserAsync();
        var sent = await InviteAsync(owner, store, invitee.Email, "Stores:View");

        (await ReadAsync<InvitationDto>(await invitee.Client.PostAsync($"/api/auth/invitations/{sent.Id}/decline", null))).Status.Should().Be("declined");

        (await ReadErrorAsync(await invitee.Client.PostAsync($"/api/auth/invitations/{sent.Id}/accept", null), HttpStatusCode.BadRequest))
            .Errors.Should().ContainSingle().Which.Should().Contain("declined");
        (await ReadAsync<List<InvitationDto>>(await invitee.Client.GetAsync("/api/auth/invitations"))).Should().BeEmpty();
        (await ReadAsync<List<InvitationDto>>(await owner.Client.GetAsync(Invitations(store)))).Should().BeEmpty();
        (await CountMembersAsync(store.Id)).Should().Be(1);
    }

    [Test]
    public async Task AnExpiredInvitationShouldNotBeAcceptedUntilSentAgain()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        var invitee = await NewUserAsync();
        var sent = await InviteAsync(owner, store, invitee.Email, "Stores:View");

        _clock.Advance(TimeSpan.FromDays(7));

        (await ReadAsync<List<InvitationDto>>(await invitee.Client.GetAsync("/api/auth/invitations"))).Should().BeEmpty();
        (await ReadAsync<List<InvitationDto>>(await owner.Client.GetAsync(Invitations(store)))).Should().ContainSingle()
            .Which.Status.Should().Be("expired");
        (await ReadErrorAsync(await invitee.Client.PostAsync($"/api/auth/invitations/{sent.Id}/accept", null), HttpStatusCode.BadRequest))
            .Errors.Should().ContainSingle().Which.Should().Contain("expired");
        (await CountMembersAsync(store.Id)).Should().Be(1);

        // Sending it again renews it, and then it can be accepted.
        var renewed = await InviteAsync(owner, store, invitee.Email, "Stores:View");
        renewed.Should().BeEquivalentTo(new { sent.Id, Status = "pending" });
        (await ReadAsync<InvitationDto>(await invitee.Client.PostAsync($"/api/auth/invitations/{sent.Id}/accept", null))).Status.Should().Be("accepted");
        (await CountMembersAsync(store.Id)).Should().Be(2);
    }

    [Test]
    public async Task AnotherUserShouldNotSeeAcceptOrDeclineSomeoneElsesInvitation()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        var invitee = await NewUserAsync();
        var other = await NewUserAsync();
        var sent = await InviteAsync(owner, store, invitee.Email, "Stores:View", "Stores:Edit");

        (await ReadAsync<List<InvitationDto>>(await other.Client.GetAsync("/api/auth/invitations"))).Should().BeEmpty();
        await ReadErrorAsync(await other.Client.PostAsync($"/api/auth/invitations/{sent.Id}/accept", null), HttpStatusCode.NotFound);
        await ReadErrorAsync(await other.Client.PostAsync($"/api/auth/invitations/{sent.Id}/decline", null), HttpStatusCode.NotFound);
        await ReadErrorAsync(await owner.Client.PostAsync($"/api/auth/invitations/{sent.Id}/accept", null), HttpStatusCode.NotFound);
        await ReadErrorAsync(await Anonymous().GetAsync("/api/auth/invitations"), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await Anonymous().PostAsync($"/api/auth/invitations/{sent.Id}/accept", null), HttpStatusCode.Unauthorized);

        (await ReadAsync<List<StoreDto>>(await other.Client.GetAsync("/api/stores"))).Should().BeEmpty();
        (await CountMembersAsync(store.Id)).Should().Be(1);
        (await ReadAsync<List<InvitationDto>>(await invitee.Client.GetAsync("/api/auth/invitations"))).Should().ContainSingle()
            .Which.Status.Should().Be("pending");
    }

    [Test]
    public async Task OnlyMembersWithStoresEditShouldReachTheStoresInvitations()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        var viewer = await NewUserAsync();
        (await owner.AddMemberAsync(store.Id, viewer, "Stores:View")).EnsureSuccessStatusCode();
        var stranger = await NewUserAsync();
        await NewStoreAsync(stranger, pro: false);
        var sent = await InviteAsync(owner, store, "someone@example.com", "Stores:View");
        var invite = new { email = "else@example.com", permissions = new[] { "Stores:View" } };

        await ReadErrorAsync(await stranger.Client.GetAsync(Invitations(store)), HttpStatusCode.NotFound);
        await ReadErrorAsync(await stranger.Client.DeleteAsync($"{Invitations(store)}/{sent.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await stranger.Client.PostAsJsonAsync(Members(store), invite), HttpStatusCode.NotFound);
        await ReadErrorAsync(await viewer.Client.GetAsync(Invitations(store)), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await viewer.Client.DeleteAsync($"{Invitations(store)}/{sent.Id}"), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await viewer.Client.PostAsJsonAsync(Members(store), invite), HttpStatusCode.Forbidden);

        // An invitation of this store cannot be reached through another store either.
        var strangerStore = (await ReadAsync<List<StoreDto>>(await stranger.Client.GetAsync("/api/stores"))).Single();
        await ReadErrorAsync(await stranger.Client.DeleteAsync($"/api/stores/{strangerStore.Id}/invitations/{sent.Id}"), HttpStatusCode.NotFound);

        (await ReadAsync<List<InvitationDto>>(await owner.Client.GetAsync(Invitations(store)))).Should().ContainSingle()
            .Which.Id.Should().Be(sent.Id);
    }

    [Test]
    public async Task BadInvitationsShouldBeRefusedWithA400AndNothingStored()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);

        (await ReadErrorAsync(await owner.Client.PostAsJsonAsync(Members(store), new { email = "not-an-email", permissions = new[] { "Stores:View" } }), HttpStatusCode.BadRequest))
            .Errors.Should().Contain(e => e.Contains("email", StringComparison.OrdinalIgnoreCase));
        (await ReadErrorAsync(await owner.Client.PostAsJsonAsync(Members(store), new { email = "x@example.com", permissions = new[] { "Orders:Delete" } }), HttpStatusCode.BadRequest))
            .Errors.Should().Contain(e => e.Contains("Orders:Delete")); // Orders has no Delete
        (await ReadErrorAsync(await owner.Client.PostAsJsonAsync(Members(store), new { email = owner.Email, permissions = new[] { "Stores:View" } }), HttpStatusCode.BadRequest))
            .Errors.Should().ContainSingle().Which.Should().Contain("member");

        (await ReadAsync<List<InvitationDto>>(await owner.Client.GetAsync(Invitations(store)))).Should().BeEmpty();
        await WithDbAsync(async db => (await db.StoreInvitations.CountAsync()).Should().Be(0));
    }

    [Test]
    public async Task AMemberInvitedWithOrdersViewShouldReadOrdersOnTheDashboardAndNothingElse()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, pro: false);
        var clerk = await NewUserAsync();
        var sent = await InviteAsync(owner, store, clerk.Email, "Orders:View");
        sent.Permissions.Should().Equal("Orders:View");
        await ReadErrorAsync(await clerk.Client.GetAsync($"/api/stores/{store.Id}/orders"), HttpStatusCode.NotFound); // not a member yet

        await ReadAsync<InvitationDto>(await clerk.Client.PostAsync($"/api/auth/invitations/{sent.Id}/accept", null));

        (await clerk.Client.GetAsync($"/api/stores/{store.Id}/orders")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReadErrorAsync(await clerk.Client.GetAsync($"/api/stores/{store.Id}/packages"), HttpStatusCode.Forbidden))
            .Message.Should().Contain("Packages:View");
        await ReadErrorAsync(await clerk.Client.PostAsJsonAsync($"/api/stores/{store.Id}/packages", new { name = "VIP", price = 5m }), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await clerk.Client.GetAsync(Members(store)), HttpStatusCode.Forbidden); // no Stores:View
        var members = await ReadAsync<List<MemberDto>>(await owner.Client.GetAsync(Members(store)));
        members.Single(m => m.UserId == clerk.Id).Permissions.Should().Equal("Orders:View");
        members.Single(m => m.IsOwner).Permissions.Should().Contain(["Stores:Edit", "Packages:Delete", "Orders:Edit", "Subscriptions:View"]);
    }

    private static string Members(StoreDto store) => $"/api/stores/{store.Id}/members";

    private static string Invitations(StoreDto store) => $"/api/stores/{store.Id}/invitations";

    private static T Data<T>(string body) => JsonSerializer.Deserialize<ApiResponse<T>>(body, Json)!.Data!;

    private static async Task<InvitationDto> InviteAsync(DashboardUser owner, StoreDto store, string email, params string[] permissions) =>
        await ReadAsync<InvitationDto>(await owner.Client.PostAsJsonAsync(Members(store), new { email, permissions }));

    private async Task<int> CountMembersAsync(Guid storeId)
    {
        var count = 0;
        await WithDbAsync(async db => count = await db.StoreMembers.CountAsync(m => m.StoreId == storeId));
        return count;
    }
}
