using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Coupons;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.CommerceTestData;

namespace FluxStore.Management.Api.IntegrationTests.Promotions;

public sealed class CouponsTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ShouldCreateTheSpecCurlCouponAsWritten()
    {
        var setup = await NewStoreWithKeyAsync();

        var created = await ReadAsync<CouponDto>(await setup.Api.PostAsync("/api/v1/coupons", RawJson("""
            {
            "code": "WELCOME10",
            "discountType": "percentage",
            "discountValue": 10,
            "applicationScope": "packages",
            "packageScope": "all",
            "maxUses": 500,
            "isActive": true
            }
            """)));

        created.Code.Should().Be("WELCOME10");
        created.DiscountType.Should().Be("percentage");
        created.DiscountValue.Should().Be(10m);
        created.ApplicationScope.Should().Be("packages");
        created.PackageScope.Should().Be("all");
        created.PackageIds.Should().BeEmpty();
        created.MaxUses.Should().Be(500);
        created.MaxUsesPerUser.Should().BeNull();
        created.ValidFrom.Should().BeNull();
        created.ValidUntil.Should().BeNull();
        created.IsActive.Should().BeTrue();
        created.UsedCount.Should().Be(0);
        created.Status.Should().Be("active");

        var fetched = await ReadAsync<CouponDto>(await setup.Api.GetAsync($"/api/v1/coupons/{created.Id}"));
        fetched.Should().BeEquivalentTo(created);
    }

    [Test]
    public async Task ShouldCreateTheSpecExampleCouponWithValidityWindow()
    {
        var setup = await NewStoreWithKeyAsync();
        var created = await ReadAsync<CouponDto>(await setup.Api.PostAsync("/api/v1/coupons", RawJson("""
            {
            "code": "SUMMER25",
            "discountType": "percentage",
            "discountValue": 25,
            "applicationScope": "packages",
            "packageScope": "all",
            "maxUses": 100,
            "maxUsesPerUser": 1,
            "validFrom": "2026-06-01T00:00:00Z",
            "validUntil": "2026-09-01T00:00:00Z",
            "isActive": true
            }
            """)));

        created.ValidFrom.Should().Be(new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        created.ValidUntil.Should().Be(new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc));
        created.MaxUsesPerUser.Should().Be(1);

        var patched = await ReadAsync<CouponDto>(await PatchAsync(setup.Api, $"/api/v1/coupons/{created.Id}", new { discountValue = 30, maxUses = 200, isActive = false }));
        patched.DiscountValue.Should().Be(30m);
        patched.MaxUses.Should().Be(200);
        patched.IsActive.Should().BeFalse();
        patched.Status.Should().Be("inactive");
        patched.Code.Should().Be("SUMMER25");
        patched.ValidUntil.Should().Be(created.ValidUntil);
    }

    [Test]
    public async Task ShouldCreateFixedCouponScopedToSpecificPackagesAndCategories()
    {
        var setup = await NewStoreWithKeyAsync();
        var category = await CategoryAsync(setup.Api);
        var package = await PackageAsync(setup.Api, 9.99m);

        var fixedCoupon = await ReadAsync<CouponDto>(await setup.Api.PostAsJsonAsync("/api/v1/coupons", new
        {
            code = "five-off_1",
            discountType = "fixed",
            discountValue = 5.5m,
            applicationScope = "packages",
            packageScope = "specific",
            packageIds = new[] { package.Id },
        }));
        fixedCoupon.DiscountValue.Should().Be(5.5m);
        fixedCoupon.PackageScope.Should().Be("specific");
        fixedCoupon.PackageIds.Should().Equal(package.Id);

        var byCategory = await ReadAsync<CouponDto>(await setup.Api.PostAsJsonAsync("/api/v1/coupons", new
        {
            code = "RANKS",
            discountType = "percentage",
            discountValue = 12.5m,
            applicationScope = "categories",
            categoryIds = new[] { category.Id },
        }));
        byCategory.ApplicationScope.Should().Be("categories");
        byCategory.PackageScope.Should().Be("all");
        byCategory.CategoryIds.Should().Equal(category.Id);
        byCategory.DiscountValue.Should().Be(12.5m);

        var storeWide = await ReadAsync<CouponDto>(await setup.Api.PostAsJsonAsync("/api/v1/coupons", new { code = "ALL", discountType = "fixed", discountValue = 1 }));
        storeWide.ApplicationScope.Should().Be("store");
        storeWide.PackageScope.Should().Be("all");
    }

    [TestCase("""{"code":"BAD CODE","discountType":"percentage","discountValue":10}""", "code")]
    [TestCase("""{"code":"","discountType":"percentage","discountValue":10}""", "code")]
    [TestCase("""{"discountType":"percentage","discountValue":10}""", "code")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":1.005}""", "discountValue")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":-1}""", "discountValue")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":0}""", "discountValue")]
    [TestCase("""{"code":"X","discountType":"percentage","discountValue":100.5}""", "discountValue")]
    [TestCase("""{"code":"X","discountType":"percentage","discountValue":0}""", "discountValue")]
    [TestCase("""{"code":"X","discountType":"percentage"}""", "discountValue")]
    [TestCase("""{"code":"X","discountType":"Percentage","discountValue":10}""", "discountType")]
    [TestCase("""{"code":"X","discountType":"bogus","discountValue":10}""", "discountType")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":1,"applicationScope":"everything"}""", "applicationScope")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":1,"packageScope":"some"}""", "packageScope")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":1,"applicationScope":"packages","packageScope":"specific"}""", "packageIds")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":1,"applicationScope":"categories"}""", "categoryIds")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":1,"maxUses":0}""", "maxUses")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":1,"maxUsesPerUser":-3}""", "maxUsesPerUser")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":1,"validFrom":"2026-09-01T00:00:00Z","validUntil":"2026-06-01T00:00:00Z"}""", "validUntil")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":1,"validFrom":"2026-09-01T00:00:00Z","validUntil":"2026-09-01T00:00:00Z"}""", "validUntil")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":1,"discountAmount":1}""", "discountAmount")]
    [TestCase("""{"code":"X","discountType":"fixed","discountValue":"lots"}""", "discountValue")]
    public async Task ShouldRejectInvalidCoupon(string json, string mentioned)
    {
        // A store of its own per case: the list below proves this request created nothing.
        var setup = await NewStoreWithKeyAsync();
        var response = await setup.Api.PostAsync("/api/v1/coupons", RawJson(json));
        await ReadErrorAsync(response, HttpStatusCode.BadRequest);
        var errors = await BadRequestAsync(response);
        errors.Should().Contain(mentioned);

        var list = await ReadAsync<PagedResult<CouponDto>>(await setup.Api.GetAsync("/api/v1/coupons"));
        list.Total.Should().Be(0);
    }

    [Test]
    public async Task ShouldRejectDuplicateCodeIgnoringCaseButAllowItInAnotherStore()
    {
        var setup = await NewStoreWithKeyAsync();
        await ReadAsync<CouponDto>(await setup.Api.PostAsJsonAsync("/api/v1/coupons", new { code = "Welcome10", discountType = "percentage", discountValue = 10 }));

        var duplicate = await BadRequestAsync(await setup.Api.PostAsJsonAsync("/api/v1/coupons", new { code = "WELCOME10", discountType = "fixed", discountValue = 1 }));
        duplicate.Should().Contain("code");

        var other = await ReadAsync<CouponDto>(await setup.Api.PostAsJsonAsync("/api/v1/coupons", new { code = "OTHER", discountType = "fixed", discountValue = 1 }));
        (await BadRequestAsync(await PatchAsync(setup.Api, $"/api/v1/coupons/{other.Id}", new { code = "welcome10" }))).Should().Contain("code");

        // Same code again on itself (case change only) is fine.
        var renamed = await ReadAsync<CouponDto>(await PatchAsync(setup.Api, $"/api/v1/coupons/{other.Id}", new { code = "other" }));
        renamed.Code.Should().Be("other");

        var second = await NewStoreWithKeyAsync();
        await ReadAsync<CouponDto>(await second.Api.PostAsJsonAsync("/api/v1/coupons", new { code = "WELCOME10", discountType = "percentage", discountValue = 10 }));
    }

    [Test]
    public async Task ShouldRejectScopeIdsOfAnotherStore()
    {
        var setup = await NewStoreWithKeyAsync();
        var stranger = await NewStoreWithKeyAsync();
        var foreignPackage = await PackageAsync(stranger.Api, 1m);
        var foreignCategory = await CategoryAsync(stranger.Api);

        var byPackage = await BadRequestAsync(await setup.Api.PostAsJsonAsync("/api/v1/coupons", new
        {
            code = "P", discountType = "fixed", discountValue = 1, applicationScope = "packages", packageScope = "specific", packageIds = new[] { foreignPackage.Id },
        }));
        byPackage.Should().Contain(foreignPackage.Id.ToString());

        var byCategory = await BadRequestAsync(await setup.Api.PostAsJsonAsync("/api/v1/coupons", new
        {
            code = "C", discountType = "fixed", discountValue = 1, applicationScope = "categories", categoryIds = new[] { foreignCategory.Id },
        }));
        byCategory.Should().Contain(foreignCategory.Id.ToString());
    }

    [Test]
    public async Task PatchShouldLeaveAbsentFieldsAndClearNullableOnes()
    {
        var setup = await NewStoreWithKeyAsync();
        var created = await ReadAsync<CouponDto>(await setup.Api.PostAsJsonAsync("/api/v1/coupons", new
        {
            code = "PATCHME",
            discountType = "percentage",
            discountValue = 20,
            maxUses = 10,
            maxUsesPerUser = 2,
            validFrom = "2020-01-01T00:00:00Z",
            validUntil = "2099-01-01T00:00:00Z",
        }));

        // Absent: nothing changes except updatedAt.
        var untouched = await ReadAsync<CouponDto>(await setup.Api.PatchAsync($"/api/v1/coupons/{created.Id}", RawJson("{}")));
        untouched.Should().BeEquivalentTo(created, o => o.Excluding(c => c.UpdatedAt));

        // Null clears the nullable fields.
        var cleared = await ReadAsync<CouponDto>(await setup.Api.PatchAsync($"/api/v1/coupons/{created.Id}", RawJson("""{"maxUses":null,"validUntil":null}""")));
        cleared.MaxUses.Should().BeNull();
        cleared.ValidUntil.Should().BeNull();
        cleared.MaxUsesPerUser.Should().Be(2);
        cleared.ValidFrom.Should().Be(created.ValidFrom);

        // Null on a required field is 400; a mistyped field is 400 naming it.
        foreach (var json in new[] { """{"code":null}""", """{"discountType":null}""", """{"discountValue":null}""", """{"isActive":null}""", """{"applicationScope":null}""" })
        {
            await ReadErrorAsync(await setup.Api.PatchAsync($"/api/v1/coupons/{created.Id}", RawJson(json)), HttpStatusCode.BadRequest);
        }

        (await BadRequestAsync(await setup.Api.PatchAsync($"/api/v1/coupons/{created.Id}", RawJson("""{"maxUse":3}""")))).Should().Contain("maxUse");

        // The merged coupon must be valid: 150 is fine for a fixed amount, not for a percentage.
        (await BadRequestAsync(await PatchAsync(setup.Api, $"/api/v1/coupons/{created.Id}", new { discountValue = 150 }))).Should().Contain("discountValue");
        var asFixed = await ReadAsync<CouponDto>(await PatchAsync(setup.Api, $"/api/v1/coupons/{created.Id}", new { discountType = "fixed", discountValue = 150 }));
        asFixed.DiscountType.Should().Be("fixed");
        asFixed.DiscountValue.Should().Be(150m);
        (await BadRequestAsync(await PatchAsync(setup.Api, $"/api/v1/coupons/{created.Id}", new { discountType = "percentage" }))).Should().Contain("discountValue");
        (await BadRequestAsync(await PatchAsync(setup.Api, $"/api/v1/coupons/{created.Id}", new { validUntil = "2019-01-01T00:00:00Z" }))).Should().Contain("validUntil");

        var after = await ReadAsync<CouponDto>(await setup.Api.GetAsync($"/api/v1/coupons/{created.Id}"));
        after.DiscountType.Should().Be("fixed");
        after.ValidUntil.Should().BeNull();
    }

    [Test]
    public async Task PatchShouldSwitchScopesAndDropIdsTheNewScopeDoesNotUse()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, 5m);
        var category = await CategoryAsync(setup.Api);
        var coupon = await ReadAsync<CouponDto>(await setup.Api.PostAsJsonAsync("/api/v1/coupons", new
        {
            code = "SCOPE", discountType = "fixed", discountValue = 1, applicationScope = "packages", packageScope = "specific", packageIds = new[] { package.Id },
        }));

        var toCategories = await ReadAsync<CouponDto>(await PatchAsync(setup.Api, $"/api/v1/coupons/{coupon.Id}", new { applicationScope = "categories", categoryIds = new[] { category.Id } }));
        toCategories.ApplicationScope.Should().Be("categories");
        toCategories.PackageScope.Should().Be("all");
        toCategories.PackageIds.Should().BeEmpty();
        toCategories.CategoryIds.Should().Equal(category.Id);

        var toStore = await ReadAsync<CouponDto>(await PatchAsync(setup.Api, $"/api/v1/coupons/{coupon.Id}", new { applicationScope = "store" }));
        toStore.CategoryIds.Should().BeEmpty();

        (await BadRequestAsync(await PatchAsync(setup.Api, $"/api/v1/coupons/{coupon.Id}", new { applicationScope = "packages", packageScope = "specific" }))).Should().Contain("packageIds");
    }

    [Test]
    public async Task ListShouldPageSearchAndFilterByStatus()
    {
        var setup = await NewStoreWithKeyAsync();
        var now = DateTime.UtcNow;
        async Task<CouponDto> Create(string code, object? extra = null)
        {
            var body = new Dictionary<string, object?> { ["code"] = code, ["discountType"] = "percentage", ["discountValue"] = 5 };
            foreach (var property in extra?.GetType().GetProperties() ?? [])
            {
                body[property.Name] = property.GetValue(extra);
            }

            return await ReadAsync<CouponDto>(await setup.Api.PostAsJsonAsync("/api/v1/coupons", body));
        }

        var active = await Create("SPRING-A", new { validFrom = Iso(now.AddDays(-1)), validUntil = Iso(now.AddDays(1)) });
        var inactive = await Create("spring-b", new { isActive = false });
        var expired = await Create("SUMMER-C", new { validFrom = Iso(now.AddDays(-10)), validUntil = Iso(now.AddDays(-1)) });
        var scheduled = await Create("SUMMER-D", new { validFrom = Iso(now.AddDays(5)) });
        var plain = await Create("WINTER");

        var all = await ReadAsync<PagedResult<CouponDto>>(await setup.Api.GetAsync("/api/v1/coupons"));
        all.Total.Should().Be(5);
        all.Skip.Should().Be(0);
        all.Take.Should().Be(20);
        all.Items.Select(c => c.Id).Should().Equal(plain.Id, scheduled.Id, expired.Id, inactive.Id, active.Id);

        var page = await ReadAsync<PagedResult<CouponDto>>(await setup.Api.GetAsync("/api/v1/coupons?skip=1&take=2"));
        page.Total.Should().Be(5);
        page.Skip.Should().Be(1);
        page.Take.Should().Be(2);
        page.Items.Select(c => c.Id).Should().Equal(scheduled.Id, expired.Id);

        var search = await ReadAsync<PagedResult<CouponDto>>(await setup.Api.GetAsync("/api/v1/coupons?search=Spring"));
        search.Items.Select(c => c.Code).Should().BeEquivalentTo("SPRING-A", "spring-b");

        async Task<IEnumerable<Guid>> Status(string status) =>
            (await ReadAsync<PagedResult<CouponDto>>(await setup.Api.GetAsync($"/api/v1/coupons?status={status}"))).Items.Select(c => c.Id);

        (await Status("active")).Should().BeEquivalentTo([active.Id, plain.Id]);
        (await Status("inactive")).Should().BeEquivalentTo([inactive.Id]);
        (await Status("expired")).Should().BeEquivalentTo([expired.Id]);
        (await Status("scheduled")).Should().BeEquivalentTo([scheduled.Id]);
        all.Items.Single(c => c.Id == expired.Id).Status.Should().Be("expired");
        all.Items.Single(c => c.Id == scheduled.Id).Status.Should().Be("scheduled");

        var combined = await ReadAsync<PagedResult<CouponDto>>(await setup.Api.GetAsync("/api/v1/coupons?search=summer&status=expired"));
        combined.Items.Select(c => c.Id).Should().Equal(expired.Id);

        foreach (var bad in new[] { "take=0", "take=101", "skip=-1", "status=bogus", "take=abc" })
        {
            await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/coupons?{bad}"), HttpStatusCode.BadRequest);
        }

        (await ReadAsync<PagedResult<CouponDto>>(await setup.Api.GetAsync("/api/v1/coupons?take=100"))).Take.Should().Be(100);
    }

    [Test]
    public async Task AnotherStoresCouponShouldBeNotFound()
    {
        var owner = await NewStoreWithKeyAsync();
        var other = await NewStoreWithKeyAsync();
        var coupon = await ReadAsync<CouponDto>(await owner.Api.PostAsJsonAsync("/api/v1/coupons", new { code = "MINE", discountType = "fixed", discountValue = 1 }));

        await ReadErrorAsync(await other.Api.GetAsync($"/api/v1/coupons/{coupon.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await PatchAsync(other.Api, $"/api/v1/coupons/{coupon.Id}", new { isActive = false }), HttpStatusCode.NotFound);
        await ReadErrorAsync(await other.Api.DeleteAsync($"/api/v1/coupons/{coupon.Id}"), HttpStatusCode.NotFound);
        (await ReadAsync<PagedResult<CouponDto>>(await other.Api.GetAsync("/api/v1/coupons"))).Total.Should().Be(0);

        var still = await ReadAsync<CouponDto>(await owner.Api.GetAsync($"/api/v1/coupons/{coupon.Id}"));
        still.IsActive.Should().BeTrue();
    }

    [Test]
    public async Task DeletingCouponsAndTheirPackagesShouldNotBreakEachOther()
    {
        var setup = await NewStoreWithKeyAsync();
        var kept = await PackageAsync(setup.Api, 5m, name: "Kept");
        var doomed = await PackageAsync(setup.Api, 5m, name: "Doomed");
        var coupon = await ReadAsync<CouponDto>(await setup.Api.PostAsJsonAsync("/api/v1/coupons", new
        {
            code = "TWO", discountType = "fixed", discountValue = 1, applicationScope = "packages", packageScope = "specific", packageIds = new[] { kept.Id, doomed.Id },
        }));

        // Deleting a scoped package is not blocked; it just leaves the scope.
        await ReadAsync<JsonElement?>(await setup.Api.DeleteAsync($"/api/v1/packages/{doomed.Id}"));
        (await ReadAsync<CouponDto>(await setup.Api.GetAsync($"/api/v1/coupons/{coupon.Id}"))).PackageIds.Should().Equal(kept.Id);

        var deleted = await setup.Api.DeleteAsync($"/api/v1/coupons/{coupon.Id}");
        (await ReadAsync<JsonElement?>(deleted)).Should().BeNull();
        await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/coupons/{coupon.Id}"), HttpStatusCode.NotFound);
        await ReadErrorAsync(await setup.Api.DeleteAsync($"/api/v1/coupons/{coupon.Id}"), HttpStatusCode.NotFound);
        (await ReadAsync<PackageDto2>(await setup.Api.GetAsync($"/api/v1/packages/{kept.Id}"))).Name.Should().Be("Kept");
    }

    private sealed record PackageDto2(Guid Id, string Name);
}
