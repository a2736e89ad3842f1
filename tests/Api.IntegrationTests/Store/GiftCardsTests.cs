using FluxStore.Management.Application.Audit;
using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.GiftCards;
using FluxStore.Management.Domain.GiftCards;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Store;

public sealed class GiftCardsTests(string provider) : ApiTestBase(provider)
{
    private static readonly DateTime NextYear = new(DateTime.UtcNow.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static object SpecBody => new
    {
        amount = 25.00m,
        applicationScope = "store",
        recipientName = "John",
        recipientEmail = "john@example.com",
        message = "Happy Birthday!",
        expiresAt = NextYear,
    };

    [Test]
    public async Task ShouldCreateGiftCardWithBalanceEqualToAmountAndMaskedEmail()
    {
        var setup = await NewStoreWithKeyAsync();

        var created = await ReadAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", SpecBody));

        created.Id.Should().NotBeEmpty();
        created.Amount.Should().Be(25.00m);
        created.Balance.Should().Be(25.00m);
        created.Status.Should().Be("active");
        created.IsEnabled.Should().BeTrue();
        created.ApplicationScope.Should().Be("store");
        created.PackageIds.Should().BeEmpty();
        created.CategoryIds.Should().BeEmpty();
        created.RecipientName.Should().Be("John");
        created.RecipientEmail.Should().Be("j***@example.com");
        created.Message.Should().Be("Happy Birthday!");
        created.ExpiresAt.Should().Be(NextYear);
        created.CreatedAt.Kind.Should().Be(DateTimeKind.Utc);

        var fetched = await ReadAsync<GiftCardDto>(await setup.Api.GetAsync($"/api/v1/gift-cards/{created.Id}"));
        fetched.Should().BeEquivalentTo(created);
    }

    [Test]
    public async Task ShouldNeverReturnTheCodeFromTheStoreApi()
    {
        var setup = await NewStoreWithKeyAsync();
        var createResponse = await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", SpecBody);
        var createJson = await createResponse.Content.ReadAsStringAsync();
        var created = await ReadAsync<GiftCardDto>(createResponse);

        var bodies = new List<string>
        {
            createJson,
            await (await setup.Api.GetAsync($"/api/v1/gift-cards/{created.Id}")).Content.ReadAsStringAsync(),
            await (await setup.Api.GetAsync("/api/v1/gift-cards")).Content.ReadAsStringAsync(),
            await (await PatchAsync(setup.Api, $"/api/v1/gift-cards/{created.Id}", new { message = "Enjoy" })).Content.ReadAsStringAsync(),
        };

        var code = (await ReadAsync<GiftCardCodeDto>(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/gift-cards/{created.Id}/code"))).Code;
        code.Should().MatchRegex(DeliveryTestHelpers.CodeFormat().ToString());

        foreach (var body in bodies)
        {
            body.Should().NotContain(code).And.NotContain(DeliveryTestHelpers.Compact(code));
            body.ToUpperInvariant().Should().NotContain(DeliveryTestHelpers.Compact(code));
            DeliveryTestHelpers.CodeLike().IsMatch(body).Should().BeFalse("no code-like string may appear in {0}", body);
            DeliveryTestHelpers.PropertyNames(body).Should().NotContain(name => name.Contains("code"));
        }
    }

    [Test]
    public async Task ShouldStoreTheCodeOnlyAsHashAndEncryptedCopy()
    {
        var setup = await NewStoreWithKeyAsync();
        var created = await ReadAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", SpecBody));
        var code = (await ReadAsync<GiftCardCodeDto>(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/gift-cards/{created.Id}/code"))).Code;
        var compact = DeliveryTestHelpers.Compact(code);

        var card = await Factory.WithDbAsync(db => db.GiftCards.AsNoTracking().SingleAsync(g => g.Id == created.Id));

        foreach (var property in typeof(GiftCard).GetProperties())
        {
            switch (property.GetValue(card))
            {
                case string text:
                    text.Should().NotContain(code, "column {0} must not hold the code", property.Name);
                    text.ToUpperInvariant().Should().NotContain(compact, "column {0} must not hold the code", property.Name);
                    break;
                case byte[] bytes:
                    Convert.ToHexString(bytes).Should().NotContain(Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(compact)));
                    break;
            }
        }

        card.CodeHash.Should().Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(compact)));
        card.ProtectedCode.Should().NotBeNullOrEmpty();

        // The key ring persisted on disk decrypts it (as after a restart); no other key ring can.
        var persisted = DataProtectionProvider.Create(new DirectoryInfo(Factory.KeysPath), b => b.SetApplicationName("FluxStore"));
        persisted.CreateProtector("FluxStore.GiftCards.Code.v1").Unprotect(card.ProtectedCode).Should().Be(code);
        var otherRing = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(Path.GetTempPath(), $"fluxstore-other-keys-{Guid.NewGuid():N}")));
        var act = () => otherRing.CreateProtector("FluxStore.GiftCards.Code.v1").Unprotect(card.ProtectedCode);
        act.Should().Throw<System.Security.Cryptography.CryptographicException>();
    }

    [Test]
    public async Task ShouldGenerateADifferentCodeForEveryCard()
    {
        var setup = await NewStoreWithKeyAsync();
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var card = await ReadAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", new { amount = 5m }));
            codes.Add((await ReadAsync<GiftCardCodeDto>(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/gift-cards/{card.Id}/code"))).Code);
        }

        codes.Should().OnlyHaveUniqueItems();
    }

    [Test]
    public async Task ShouldRecordEveryCodeReadInTheAuditTrail()
    {
        var setup = await NewStoreWithKeyAsync();
        var card = await ReadAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", SpecBody));
        var url = $"/api/stores/{setup.Store.Id}/gift-cards/{card.Id}/code";

        // Every write is in the trail (the store, the key, the card), but no read yet.
        var audit = await ReadAsync<PagedResult<AuditEntryDto>>(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/audit"));
        audit.Items.Should().NotContain(e => e.Action == "giftcard.code.revealed");
        var written = audit.Total;

        var first = await ReadAsync<GiftCardCodeDto>(await setup.Owner.Client.GetAsync(url));
        var second = await ReadAsync<GiftCardCodeDto>(await setup.Owner.Client.GetAsync(url));
        second.Code.Should().Be(first.Code);

        audit = await ReadAsync<PagedResult<AuditEntryDto>>(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/audit?take=1"));
        audit.Total.Should().Be(written + 2);
        audit.Take.Should().Be(1);
        var entry = audit.Items.Should().ContainSingle().Subject;
        entry.Action.Should().Be("giftcard.code.revealed");
        entry.TargetType.Should().Be("GiftCard");
        entry.TargetId.Should().Be(card.Id);
        entry.ActorUserId.Should().Be(setup.Owner.Id);
        entry.ActorEmail.Should().Be(setup.Owner.Email);
        entry.CreatedAt.Kind.Should().Be(DateTimeKind.Utc);

        // A member who may view the store sees the trail, with the actor's email masked, but cannot read codes.
        var viewer = await NewUserAsync();
        (await setup.Owner.AddMemberAsync(setup.Store.Id, viewer, "Stores:View")).EnsureSuccessStatusCode();
        var seen = await ReadAsync<PagedResult<AuditEntryDto>>(await viewer.Client.GetAsync($"/api/stores/{setup.Store.Id}/audit"));
        var reads = seen.Items.Where(e => e.Action == "giftcard.code.revealed").ToList(); // the viewer's invitation is in the trail too
        reads.Should().HaveCount(2).And.OnlyContain(e => e.ActorEmail == setup.Owner.Email[0] + "***@example.com");
        await ReadErrorAsync(await viewer.Client.GetAsync(url), HttpStatusCode.Forbidden);

        audit = await ReadAsync<PagedResult<AuditEntryDto>>(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/audit"));
        audit.Items.Count(e => e.Action == "giftcard.code.revealed").Should().Be(2, "a refused read reveals nothing and is not recorded as a read");
        await ReadErrorAsync(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/audit?take=0"), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldRefuseCodeReadsOutsideTheOwnersStore()
    {
        var first = await NewStoreWithKeyAsync();
        var second = await NewStoreWithKeyAsync();
        var card = await ReadAsync<GiftCardDto>(await first.Api.PostAsJsonAsync("/api/v1/gift-cards", SpecBody));

        // The other owner, through their own store: the card does not exist there.
        await ReadErrorAsync(await second.Owner.Client.GetAsync($"/api/stores/{second.Store.Id}/gift-cards/{card.Id}/code"), HttpStatusCode.NotFound);

        // The other owner, through the first store: not a member, so the store does not exist for them.
        await ReadErrorAsync(await second.Owner.Client.GetAsync($"/api/stores/{first.Store.Id}/gift-cards/{card.Id}/code"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await second.Owner.Client.GetAsync($"/api/stores/{first.Store.Id}/audit"), HttpStatusCode.NotFound);

        // An unknown card in the owner's own store, an API key, no credentials.
        await ReadErrorAsync(await first.Owner.Client.GetAsync($"/api/stores/{first.Store.Id}/gift-cards/{Guid.NewGuid()}/code"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await first.Api.GetAsync($"/api/stores/{first.Store.Id}/gift-cards/{card.Id}/code"), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await Anonymous().GetAsync($"/api/stores/{first.Store.Id}/gift-cards/{card.Id}/code"), HttpStatusCode.Unauthorized);

        // A member with Stores:Edit may read it.
        var editor = await NewUserAsync();
        (await first.Owner.AddMemberAsync(first.Store.Id, editor, "Stores:View", "Stores:Edit")).EnsureSuccessStatusCode();
        var code = await ReadAsync<GiftCardCodeDto>(await editor.Client.GetAsync($"/api/stores/{first.Store.Id}/gift-cards/{card.Id}/code"));
        code.Code.Should().MatchRegex(DeliveryTestHelpers.CodeFormat().ToString());

        var audit = await ReadAsync<PagedResult<AuditEntryDto>>(await first.Owner.Client.GetAsync($"/api/stores/{first.Store.Id}/audit"));
        audit.Items.Where(e => e.Action == "giftcard.code.revealed").Should().ContainSingle().Which.ActorUserId.Should().Be(editor.Id);
        var otherAudit = await ReadAsync<PagedResult<AuditEntryDto>>(await second.Owner.Client.GetAsync($"/api/stores/{second.Store.Id}/audit"));
        otherAudit.Items.Should().NotContain(e => e.TargetId == card.Id || e.Action == "giftcard.code.revealed");
    }

    [TestCase("""{"amount": 10.001}""", "amount")]
    [TestCase("""{"amount": -5}""", "amount")]
    [TestCase("""{"amount": 0}""", "amount")]
    [TestCase("""{"amount": 10000001}""", "amount")]
    [TestCase("""{}""", "amount")]
    [TestCase("""{"amount": "ten"}""", "amount")]
    [TestCase("""{"amount": 5, "recipientEmail": "not-an-email"}""", "recipientEmail")]
    [TestCase("""{"amount": 5, "recipientEmail": "John <john@example.com>"}""", "recipientEmail")]
    [TestCase("""{"amount": 5, "expiresAt": "2020-01-01T00:00:00Z"}""", "expiresAt")]
    [TestCase("""{"amount": 5, "applicationScope": "everything"}""", "applicationScope")]
    [TestCase("""{"amount": 5, "applicationScope": "packages"}""", "packageIds")]
    [TestCase("""{"amount": 5, "applicationScope": "store", "categoryIds": ["0195f5a4-0000-7000-8000-000000000001"]}""", "categoryIds")]
    [TestCase("""{"amount": 5, "code": "ABCD-ABCD-ABCD-ABCD-ABCD"}""", "code")]
    [TestCase("""{"amount": 5, "balance": 100}""", "balance")]
    public async Task ShouldRejectInvalidCreateBodies(string json, string field)
    {
        var setup = await NewStoreWithKeyAsync();

        var error = await ReadErrorAsync(await setup.Api.PostAsync("/api/v1/gift-cards", RawJson(json)), HttpStatusCode.BadRequest);

        error.Errors.Should().Contain(e => e.Contains(field, StringComparison.Ordinal));
        var list = await ReadAsync<PagedResult<GiftCardDto>>(await setup.Api.GetAsync("/api/v1/gift-cards"));
        list.Total.Should().Be(0);
    }

    [Test]
    public async Task ShouldLimitAGiftCardToPackagesOrCategoriesOfTheSameStore()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = await NewStoreWithKeyAsync();
        var package = await ReadAsync<Application.Packages.PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new { name = "VIP", price = 5m }));
        var category = await ReadAsync<Application.Categories.CategoryDto>(await setup.Api.PostAsJsonAsync("/api/v1/categories", new { name = "Ranks" }));
        var foreignPackage = await ReadAsync<Application.Packages.PackageDto>(await other.Api.PostAsJsonAsync("/api/v1/packages", new { name = "VIP", price = 5m }));

        var byPackage = await ReadAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", new { amount = 5m, applicationScope = "packages", packageIds = new[] { package.Id } }));
        byPackage.ApplicationScope.Should().Be("packages");
        byPackage.PackageIds.Should().Equal(package.Id);
        byPackage.CategoryIds.Should().BeEmpty();

        var byCategory = await ReadAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", new { amount = 5m, applicationScope = "categories", categoryIds = new[] { category.Id } }));
        byCategory.ApplicationScope.Should().Be("categories");
        byCategory.CategoryIds.Should().Equal(category.Id);

        var error = await ReadErrorAsync(
            await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", new { amount = 5m, applicationScope = "packages", packageIds = new[] { foreignPackage.Id } }),
            HttpStatusCode.BadRequest);
        error.Errors.Should().ContainSingle().Which.Should().Contain("packageIds").And.Contain(foreignPackage.Id.ToString());
    }

    [Test]
    public async Task ShouldPatchOnlyTheFieldsSentAndClearNullableOnes()
    {
        var setup = await NewStoreWithKeyAsync();
        var card = await ReadAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", SpecBody));
        var url = $"/api/v1/gift-cards/{card.Id}";

        var renamed = await ReadAsync<GiftCardDto>(await PatchAsync(setup.Api, url, new { recipientName = "Jane", recipientEmail = "jane.doe@example.org" }));
        renamed.RecipientName.Should().Be("Jane");
        renamed.RecipientEmail.Should().Be("j***@example.org");
        renamed.Message.Should().Be("Happy Birthday!", "absent fields stay unchanged");
        renamed.ExpiresAt.Should().Be(NextYear);
        renamed.Amount.Should().Be(25m);
        renamed.Balance.Should().Be(25m);

        var cleared = await ReadAsync<GiftCardDto>(await setup.Api.PatchAsync(url, RawJson("""{"message": null, "expiresAt": null, "recipientEmail": null}""")));
        cleared.Message.Should().BeNull();
        cleared.ExpiresAt.Should().BeNull();
        cleared.RecipientEmail.Should().BeNull();
        cleared.RecipientName.Should().Be("Jane");

        var disabled = await ReadAsync<GiftCardDto>(await PatchAsync(setup.Api, url, new { isEnabled = false }));
        disabled.IsEnabled.Should().BeFalse();
        disabled.Status.Should().Be("disabled");
        (await ReadAsync<GiftCardDto>(await PatchAsync(setup.Api, url, new { isEnabled = true }))).Status.Should().Be("active");

        var later = NextYear.AddMonths(6);
        (await ReadAsync<GiftCardDto>(await PatchAsync(setup.Api, url, new { expiresAt = later }))).ExpiresAt.Should().Be(later);

        foreach (var (json, field) in new[]
        {
            ("""{"isEnabled": null}""", "isEnabled"),
            ("""{"expiresAt": "2020-01-01T00:00:00Z"}""", "expiresAt"),
            ("""{"recipientEmail": "nope"}""", "recipientEmail"),
            ("""{"amount": 50}""", "amount"),
            ("""{"balance": 50}""", "balance"),
            ("""{"recipientNmae": "typo"}""", "recipientNmae"),
        })
        {
            var error = await ReadErrorAsync(await setup.Api.PatchAsync(url, RawJson(json)), HttpStatusCode.BadRequest);
            error.Errors.Should().Contain(e => e.Contains(field, StringComparison.Ordinal));
        }

        var unchanged = await ReadAsync<GiftCardDto>(await setup.Api.GetAsync(url));
        unchanged.Amount.Should().Be(25m);
        unchanged.Balance.Should().Be(25m);
        unchanged.IsEnabled.Should().BeTrue();
    }

    [Test]
    public async Task ShouldDeleteAGiftCard()
    {
        var setup = await NewStoreWithKeyAsync();
        var card = await ReadAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", SpecBody));

        (await setup.Api.DeleteAsync($"/api/v1/gift-cards/{card.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/gift-cards/{card.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await setup.Api.DeleteAsync($"/api/v1/gift-cards/{card.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/gift-cards/{card.Id}/code"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldHideOtherStoresGiftCards()
    {
        var mine = await NewStoreWithKeyAsync();
        var theirs = await NewStoreWithKeyAsync();
        var card = await ReadAsync<GiftCardDto>(await theirs.Api.PostAsJsonAsync("/api/v1/gift-cards", SpecBody));
        var url = $"/api/v1/gift-cards/{card.Id}";

        await ReadErrorAsync(await mine.Api.GetAsync(url), HttpStatusCode.NotFound);
        await ReadErrorAsync(await PatchAsync(mine.Api, url, new { message = "mine now" }), HttpStatusCode.NotFound);
        await ReadErrorAsync(await mine.Api.DeleteAsync(url), HttpStatusCode.NotFound);
        (await ReadAsync<PagedResult<GiftCardDto>>(await mine.Api.GetAsync("/api/v1/gift-cards"))).Total.Should().Be(0);

        var untouched = await ReadAsync<GiftCardDto>(await theirs.Api.GetAsync(url));
        untouched.Should().BeEquivalentTo(card);
    }

    [Test]
    public async Task ShouldPageSearchAndFilterByStatus()
    {
        var setup = await NewStoreWithKeyAsync();
        var names = new[] { "Alice", "alicia", "Bob", "Carol", "Dave" };
        var cards = new List<GiftCardDto>();
        foreach (var name in names)
        {
            cards.Add(await ReadAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", new { amount = 10m, recipientName = name })));
        }

        var firstPage = await ReadAsync<PagedResult<GiftCardDto>>(await setup.Api.GetAsync("/api/v1/gift-cards?skip=0&take=2"));
        firstPage.Total.Should().Be(5);
        firstPage.Skip.Should().Be(0);
        firstPage.Take.Should().Be(2);
        firstPage.Items.Select(c => c.RecipientName).Should().Equal("Dave", "Carol");
        var lastPage = await ReadAsync<PagedResult<GiftCardDto>>(await setup.Api.GetAsync("/api/v1/gift-cards?skip=4&take=2"));
        lastPage.Items.Select(c => c.RecipientName).Should().Equal("Alice");
        (await ReadAsync<PagedResult<GiftCardDto>>(await setup.Api.GetAsync("/api/v1/gift-cards"))).Take.Should().Be(20);

        var search = await ReadAsync<PagedResult<GiftCardDto>>(await setup.Api.GetAsync("/api/v1/gift-cards?search=ALI"));
        search.Items.Select(c => c.RecipientName).Should().BeEquivalentTo("Alice", "alicia");
        search.Total.Should().Be(2);

        // Bob disabled, Carol expired, Dave depleted (set in the database: no API may do these yet).
        await PatchAsync(setup.Api, $"/api/v1/gift-cards/{cards[2].Id}", new { isEnabled = false });
        await Factory.WithDbAsync(async db =>
        {
            var past = DateTime.UtcNow.AddDays(-1);
            await db.GiftCards.Where(g => g.Id == cards[3].Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.ExpiresAt, past));
            await db.GiftCards.Where(g => g.Id == cards[4].Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.BalanceCents, 0L));
        });

        async Task<string[]> NamesWithStatus(string status) =>
            (await ReadAsync<PagedResult<GiftCardDto>>(await setup.Api.GetAsync($"/api/v1/gift-cards?status={status}")))
                .Items.Select(c => c.RecipientName!).ToArray();

        (await NamesWithStatus("active")).Should().BeEquivalentTo("Alice", "alicia");
        (await NamesWithStatus("disabled")).Should().BeEquivalentTo("Bob");
        (await NamesWithStatus("expired")).Should().BeEquivalentTo("Carol");
        (await NamesWithStatus("depleted")).Should().BeEquivalentTo("Dave");
        (await ReadAsync<GiftCardDto>(await setup.Api.GetAsync($"/api/v1/gift-cards/{cards[3].Id}"))).Status.Should().Be("expired");
        (await ReadAsync<GiftCardDto>(await setup.Api.GetAsync($"/api/v1/gift-cards/{cards[4].Id}"))).Balance.Should().Be(0m);

        foreach (var query in new[] { "take=0", "take=101", "skip=-1", "status=unknown", "take=abc", $"search={new string('x', 101)}" })
        {
            await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/gift-cards?{query}"), HttpStatusCode.BadRequest);
        }

        (await ReadAsync<PagedResult<GiftCardDto>>(await setup.Api.GetAsync("/api/v1/gift-cards?take=100"))).Items.Should().HaveCount(5);
    }

    [TestCase("View")]
    [TestCase("Edit")]
    [TestCase("Delete")]
    public async Task ShouldRequireTheMatchingGiftCardPermission(string action)
    {
        var setup = await NewStoreWithKeyAsync();
        var card = await ReadAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", SpecBody));
        var key = await NewKeyAsync(setup.Owner, setup.Store.Id, new Dictionary<string, string[]> { ["GiftCards"] = [action], ["Packages"] = ["View", "Edit", "Delete"] });
        var client = WithKey(key.Key);
        var url = $"/api/v1/gift-cards/{card.Id}";

        var calls = new (string Needs, Func<Task<HttpResponseMessage>> Call)[]
        {
            ("View", () => client.GetAsync("/api/v1/gift-cards")),
            ("View", () => client.GetAsync(url)),
            ("Edit", () => client.PostAsJsonAsync("/api/v1/gift-cards", new { amount = 1m })),
            ("Edit", () => PatchAsync(client, url, new { message = "hi" })),
            ("Delete", () => client.DeleteAsync(url)),
        };

        foreach (var (needs, call) in calls)
        {
            var response = await call();
            if (needs == action)
            {
                response.StatusCode.Should().Be(HttpStatusCode.OK, "GiftCards:{0} allows this call", action);
            }
            else
            {
                await ReadErrorAsync(response, HttpStatusCode.Forbidden);
            }
        }
    }

    [Test]
    public async Task ShouldRefuseKeysWithoutGiftCardPermissionsOrWithoutPro()
    {
        var setup = await NewStoreWithKeyAsync(new Dictionary<string, string[]> { ["Packages"] = ["View"] });
        await ReadErrorAsync(await setup.Api.GetAsync("/api/v1/gift-cards"), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", SpecBody), HttpStatusCode.Forbidden);

        var pro = await NewStoreWithKeyAsync();
        await SetPlanAsync(pro.Store.Id, "Free", null);
        var error = await ReadErrorAsync(await pro.Api.GetAsync("/api/v1/gift-cards"), HttpStatusCode.Forbidden);
        error.Message.Should().Contain("Pro");
        await ReadErrorAsync(await Anonymous().GetAsync("/api/v1/gift-cards"), HttpStatusCode.Unauthorized);
    }
}
