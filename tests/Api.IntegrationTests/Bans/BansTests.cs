using FluxStore.Management.Application.Bans;
using FluxStore.Management.Application.Common.Models;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.CommerceTestData;

namespace FluxStore.Management.Api.IntegrationTests.Bans;

public sealed class BansTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ShouldCreateTheSpecExampleBans()
    {
        var setup = await NewStoreWithKeyAsync();

        var byName = await ReadAsync<BanDto>(await setup.Api.PostAsync("/api/v1/bans", RawJson("""
            {
            "playerUsername": "griefer123",
            "reason": "Chargeback fraud",
            "expiresAt": null
            }
            """)));
        byName.PlayerUsername.Should().Be("griefer123");
        byName.PlayerUuid.Should().BeNull();
        byName.IpAddress.Should().BeNull();
        byName.Reason.Should().Be("Chargeback fraud");
        byName.ExpiresAt.Should().BeNull();
        byName.Status.Should().Be("active");

        var byIp = await ReadAsync<BanDto>(await setup.Api.PostAsync("/api/v1/bans", RawJson("""
            {
            "ipAddress": "192.168.1.100",
            "reason": "Abuse"
            }
            """)));
        byIp.IpAddress.Should().Be("192.168.1.100");
        byIp.PlayerUsername.Should().BeNull();

        var curl = await ReadAsync<BanDto>(await setup.Api.PostAsync("/api/v1/bans", RawJson("""{"playerUsername": "griefer", "reason": "Fraud"}""")));
        curl.PlayerUsername.Should().Be("griefer");

        (await ReadAsync<BanDto>(await setup.Api.GetAsync($"/api/v1/bans/{byIp.Id}"))).Should().BeEquivalentTo(byIp);
    }

    [Test]
    public async Task ShouldNormalizeUuidAndIpv6()
    {
        var setup = await NewStoreWithKeyAsync();
        var ban = await ReadAsync<BanDto>(await setup.Api.PostAsJsonAsync("/api/v1/bans", new
        {
            playerUuid = "069A79F444E94726A5BEFCA90E38AAF5",
            ipAddress = "2001:0DB8:0000:0000:0000:0000:0000:0001",
            expiresAt = Iso(DateTime.UtcNow.AddDays(7)),
        }));
        ban.PlayerUuid.Should().Be("069a79f4-44e9-4726-a5be-fca90e38aaf5");
        ban.IpAddress.Should().Be("2001:db8::1");
        ban.ExpiresAt.Should().NotBeNull();
        ban.Status.Should().Be("active");

        // The same identifiers written differently are the same ban.
        (await BadRequestAsync(await setup.Api.PostAsJsonAsync("/api/v1/bans", new { playerUuid = "069a79f4-44e9-4726-a5be-fca90e38aaf5", ipAddress = "2001:db8::1" })))
            .Should().Contain("already exists");
    }

    [TestCase("""{"reason":"nobody"}""", "playerUsername")]
    [TestCase("""{"playerUsername":"  ","reason":"blank"}""", "playerUsername")]
    [TestCase("""{"ipAddress":"999.1.1.1"}""", "ipAddress")]
    [TestCase("""{"ipAddress":"10.1"}""", "ipAddress")]
    [TestCase("""{"ipAddress":"not-an-ip"}""", "ipAddress")]
    [TestCase("""{"playerUuid":"not-a-uuid"}""", "playerUuid")]
    [TestCase("""{"playerUsername":"has space"}""", "playerUsername")]
    [TestCase("""{"playerUsername":"abcdefghijklmnopqrstuvwxyz0123456789"}""", "playerUsername")]
    [TestCase("""{"playerUsername":"steve","expiresAt":"2020-01-01T00:00:00Z"}""", "expiresAt")]
    [TestCase("""{"playerUsername":"steve","player":"x"}""", "player")]
    public async Task ShouldRejectInvalidBan(string json, string mentioned)
    {
        var setup = await NewStoreWithKeyAsync();
        var response = await setup.Api.PostAsync("/api/v1/bans", RawJson(json));
        await ReadErrorAsync(response, HttpStatusCode.BadRequest);
        (await BadRequestAsync(response)).Should().Contain(mentioned);
        (await ReadAsync<PagedResult<BanDto>>(await setup.Api.GetAsync("/api/v1/bans"))).Total.Should().Be(0);
    }

    [Test]
    public async Task ShouldRejectAnEqualActiveBanIgnoringUsernameCase()
    {
        var setup = await NewStoreWithKeyAsync();
        var first = await ReadAsync<BanDto>(await setup.Api.PostAsJsonAsync("/api/v1/bans", new { playerUsername = "Griefer" }));

        (await BadRequestAsync(await setup.Api.PostAsJsonAsync("/api/v1/bans", new { playerUsername = "GRIEFER", reason = "again" }))).Should().Contain("already exists");

        // A different identifier set is a different ban.
        await ReadAsync<BanDto>(await setup.Api.PostAsJsonAsync("/api/v1/bans", new { playerUsername = "griefer", ipAddress = "10.0.0.1" }));

        // Once the first one no longer applies (edited to another name), the name is free again.
        await ReadAsync<BanDto>(await PatchAsync(setup.Api, $"/api/v1/bans/{first.Id}", new { playerUsername = "someone-else" }));
        await ReadAsync<BanDto>(await setup.Api.PostAsJsonAsync("/api/v1/bans", new { playerUsername = "griefer" }));

        // Editing a ban into a copy of another active one is refused too.
        (await BadRequestAsync(await PatchAsync(setup.Api, $"/api/v1/bans/{first.Id}", new { playerUsername = "GRIEFER" }))).Should().Contain("already exists");
    }

    [Test]
    public async Task PatchShouldLeaveAbsentFieldsAndClearNullOnes()
    {
        var setup = await NewStoreWithKeyAsync();
        var ban = await ReadAsync<BanDto>(await setup.Api.PostAsJsonAsync("/api/v1/bans", new
        {
            playerUsername = "steve", ipAddress = "10.0.0.7", reason = "spam", expiresAt = Iso(DateTime.UtcNow.AddDays(3)),
        }));

        var untouched = await ReadAsync<BanDto>(await setup.Api.PatchAsync($"/api/v1/bans/{ban.Id}", RawJson("{}")));
        untouched.Should().BeEquivalentTo(ban, o => o.Excluding(b => b.UpdatedAt));

        var cleared = await ReadAsync<BanDto>(await setup.Api.PatchAsync($"/api/v1/bans/{ban.Id}", RawJson("""{"reason":null,"expiresAt":null,"ipAddress":null}""")));
        cleared.Reason.Should().BeNull();
        cleared.ExpiresAt.Should().BeNull();
        cleared.IpAddress.Should().BeNull();
        cleared.PlayerUsername.Should().Be("steve");

        // The last identifier cannot be cleared; a past expiry is refused.
        (await BadRequestAsync(await setup.Api.PatchAsync($"/api/v1/bans/{ban.Id}", RawJson("""{"playerUsername":null}""")))).Should().Contain("at least one");
        (await BadRequestAsync(await PatchAsync(setup.Api, $"/api/v1/bans/{ban.Id}", new { expiresAt = "2020-01-01T00:00:00Z" }))).Should().Contain("expiresAt");
        (await BadRequestAsync(await PatchAsync(setup.Api, $"/api/v1/bans/{ban.Id}", new { ipAddress = "1.2.3" }))).Should().Contain("ipAddress");

        var swapped = await ReadAsync<BanDto>(await PatchAsync(setup.Api, $"/api/v1/bans/{ban.Id}", new { playerUsername = (string?)null, playerUuid = "069a79f444e94726a5befca90e38aaf5" }));
        swapped.PlayerUsername.Should().BeNull();
        swapped.PlayerUuid.Should().Be("069a79f4-44e9-4726-a5be-fca90e38aaf5");
    }

    [Test]
    public async Task ListShouldPageSearchAndFilterByStatus()
    {
        var setup = await NewStoreWithKeyAsync();
        var steve = await ReadAsync<BanDto>(await setup.Api.PostAsJsonAsync("/api/v1/bans", new { playerUsername = "Steve" }));
        var alex = await ReadAsync<BanDto>(await setup.Api.PostAsJsonAsync("/api/v1/bans", new { playerUsername = "Alex", playerUuid = "069a79f4-44e9-4726-a5be-fca90e38aaf5" }));
        var ip = await ReadAsync<BanDto>(await setup.Api.PostAsJsonAsync("/api/v1/bans", new { ipAddress = "203.0.113.9", expiresAt = Iso(DateTime.UtcNow.AddHours(1)) }));

        var all = await ReadAsync<PagedResult<BanDto>>(await setup.Api.GetAsync("/api/v1/bans"));
        all.Total.Should().Be(3);
        all.Items.Select(b => b.Id).Should().Equal(ip.Id, alex.Id, steve.Id);

        var page = await ReadAsync<PagedResult<BanDto>>(await setup.Api.GetAsync("/api/v1/bans?skip=1&take=1"));
        (page.Total, page.Skip, page.Take).Should().Be((3, 1, 1));
        page.Items.Select(b => b.Id).Should().Equal(alex.Id);

        async Task<IEnumerable<Guid>> Search(string query) =>
            (await ReadAsync<PagedResult<BanDto>>(await setup.Api.GetAsync($"/api/v1/bans?{query}"))).Items.Select(b => b.Id);

        (await Search("search=steVE")).Should().Equal(steve.Id);
        (await Search("search=069A79F444E94726A5BEFCA90E38AAF5")).Should().Equal(alex.Id);
        (await Search("search=069a79f4")).Should().Equal(alex.Id);
        (await Search("search=203.0.113")).Should().Equal(ip.Id);
        (await Search("status=active")).Should().BeEquivalentTo([steve.Id, alex.Id, ip.Id]);
        (await Search("status=expired")).Should().BeEmpty();

        foreach (var bad in new[] { "take=0", "take=101", "status=permanent" })
        {
            await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/bans?{bad}"), HttpStatusCode.BadRequest);
        }
    }

    [Test]
    public async Task AnotherStoresBanShouldBeNotFound()
    {
        var owner = await NewStoreWithKeyAsync();
        var other = await NewStoreWithKeyAsync();
        var ban = await ReadAsync<BanDto>(await owner.Api.PostAsJsonAsync("/api/v1/bans", new { playerUsername = "griefer" }));

        await ReadErrorAsync(await other.Api.GetAsync($"/api/v1/bans/{ban.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await PatchAsync(other.Api, $"/api/v1/bans/{ban.Id}", new { reason = "x" }), HttpStatusCode.NotFound);
        await ReadErrorAsync(await other.Api.DeleteAsync($"/api/v1/bans/{ban.Id}"), HttpStatusCode.NotFound);

        // The other store may ban the same player on its own.
        await ReadAsync<BanDto>(await other.Api.PostAsJsonAsync("/api/v1/bans", new { playerUsername = "griefer" }));

        await ReadAsync<JsonElement?>(await owner.Api.DeleteAsync($"/api/v1/bans/{ban.Id}"));
        await ReadErrorAsync(await owner.Api.GetAsync($"/api/v1/bans/{ban.Id}"), HttpStatusCode.NotFound);
        await ReadAsync<BanDto>(await owner.Api.PostAsJsonAsync("/api/v1/bans", new { playerUsername = "griefer" }));
    }
}
