using FluxStore.Management.Application.Orders;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Orders;

public sealed class OrdersTests(string provider) : ApiTestBase(provider)
{
    private const string SteveUuid = "069a79f4-44e9-4726-a5be-fca90e38aaf5";

    [Test]
    public async Task ShouldCreateTheSpecCurlManualOrderAsWritten()
    {
        var setup = await NewStoreWithKeyAsync();
        var server = await ServerAsync(setup);
        var package = await PackageAsync(setup.Api, serverIds: [server.Id]);

        // The spec's "Create a Manual Order" curl body, verbatim apart from the two ids.
        var response = await setup.Api.PostAsync("/api/v1/orders", RawJson($$"""
            {
            "playerUsername": "Steve",
            "items": [{"packageId": "{{package.Id}}", "quantity": 1, "serverId": "{{server.Id}}"}]
            }
            """));

        var order = await ReadAsync<OrderDto>(response);
        order.Id.Should().NotBeEmpty();
        order.PlayerUsername.Should().Be("Steve");
        order.PlayerUuid.Should().BeNull();
        order.Email.Should().BeNull();
        order.Status.Should().Be("Paid");
        order.TotalAmount.Should().Be(9.99m);
        order.PaymentProvider.Should().Be("Manual");
        order.PaymentCurrency.Should().Be("USD");
        order.CouponId.Should().BeNull();
        order.CouponDiscountAmount.Should().BeNull();
        order.GiftCardId.Should().BeNull();
        order.GiftCardAmount.Should().BeNull();
        order.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            PackageId = package.Id,
            PackageName = "VIP Rank",
            Quantity = 1,
            PriceAtPurchase = 9.99m,
        });
        order.CreatedAt.Kind.Should().Be(DateTimeKind.Utc);
        order.UpdatedAt.Should().Be(order.CreatedAt);

        var fetched = await ReadAsync<OrderDto>(await setup.Api.GetAsync($"/api/v1/orders/{order.Id}"));
        fetched.Should().BeEquivalentTo(order);
    }

    [Test]
    public async Task ShouldReturnTheSpecResponseShapeWithMaskedEmailAndCanonicalUuid()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api);

        var response = await setup.Api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = "Steve",
            playerUuid = "069A79F444E94726A5BEFCA90E38AAF5",
            email = "steve@example.com",
            items = new[] { new { packageId = package.Id, quantity = 2 } },
        });
        var body = await response.Content.ReadAsStringAsync();
        var order = await ReadAsync<OrderDto>(response);

        order.Email.Should().Be("s***@example.com");
        order.PlayerUuid.Should().Be(SteveUuid);
        order.TotalAmount.Should().Be(19.98m);
        order.Items.Single().PriceAtPurchase.Should().Be(9.99m);
        body.Should().NotContain("steve@example.com");

        using var document = JsonDocument.Parse(body);
        // The spec's fields, plus the refunds of issue #9 (`refunds` on the order, `refundedAt` on each item) and the
        // subscription of issue #20 (`subscriptionId` on the order and on each item).
        document.RootElement.GetProperty("data").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "id", "playerUsername", "playerUuid", "email", "status", "totalAmount", "paymentProvider", "paymentCurrency",
            "couponId", "couponDiscountAmount", "giftCardId", "giftCardAmount", "items", "subscriptionId", "refunds", "createdAt", "updatedAt");
        document.RootElement.GetProperty("data").GetProperty("items")[0].EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "id", "packageId", "packageName", "quantity", "priceAtPurchase", "refundedAt", "subscriptionId");
        document.RootElement.GetProperty("data").GetProperty("refunds").GetArrayLength().Should().Be(0);
        document.RootElement.GetProperty("data").GetProperty("totalAmount").GetRawText().Should().Be("19.98");
    }

    [Test]
    public async Task ShouldUseTheStoreCurrency()
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner, currency: "EUR");
        var key = await NewKeyAsync(owner, store.Id);
        var api = WithKey(key.Key);
        var package = await PackageAsync(api);

        (await OrderAsync(api, "Alex", package.Id)).PaymentCurrency.Should().Be("EUR");
    }

    [Test]
    public async Task ShouldKeepItemsInTheOrderSent()
    {
        var setup = await NewStoreWithKeyAsync();
        var packages = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            packages.Add((await PackageAsync(setup.Api, name: $"Package {i}", price: 1m + i)).Id);
        }

        var order = await ReadAsync<OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = "Steve",
            items = packages.AsEnumerable().Reverse().Select(id => new { packageId = id, quantity = 1 }).ToArray(),
        }));

        order.Items.Select(i => i.PackageId).Should().Equal(packages.AsEnumerable().Reverse());
        order.TotalAmount.Should().Be(1m + 2m + 3m + 4m + 5m);
        (await ReadAsync<OrderDto>(await setup.Api.GetAsync($"/api/v1/orders/{order.Id}"))).Items.Select(i => i.PackageId)
            .Should().Equal(packages.AsEnumerable().Reverse());
    }

    [Test]
    public async Task ShouldRejectInvalidInputWithOneErrorPerProblem()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api);

        var errors = await BadRequestAsync(await setup.Api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = "not a name!",
            playerUuid = "not-a-uuid",
            email = "not-an-email",
            items = new[] { new { packageId = package.Id, quantity = 0 }, new { packageId = package.Id, quantity = 101 } },
        }));
        errors.Should().Contain("playerUsername").And.Contain("playerUuid").And.Contain("email").And.Contain("quantity");

        (await BadRequestAsync(await setup.Api.PostAsJsonAsync("/api/v1/orders", new { items = new[] { new { packageId = package.Id, quantity = 1 } } })))
            .Should().Contain("playerUsername");
        (await BadRequestAsync(await setup.Api.PostAsJsonAsync("/api/v1/orders", new { playerUsername = "Steve", items = Array.Empty<object>() })))
            .Should().Contain("items");
        (await BadRequestAsync(await setup.Api.PostAsJsonAsync("/api/v1/orders", new { playerUsername = new string('a', 33), items = new[] { new { packageId = package.Id, quantity = 1 } } })))
            .Should().Contain("playerUsername");
        (await BadRequestAsync(await setup.Api.PostAsync("/api/v1/orders", RawJson($$"""{"playerUsername":"Steve","items":[{"packageId":"{{package.Id}}","quantity":1,"colour":"red"}]}"""))))
            .Should().Contain("colour");

        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders")).Total.Should().Be(0, "nothing invalid was stored");
    }

    [Test]
    public async Task ShouldRefuseUnknownInactiveOrForeignPackagesAndForeignServers()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = await NewStoreWithKeyAsync();
        var server = await ServerAsync(setup, "Lobby");
        var secondServer = await ServerAsync(setup, "Creative");
        var package = await PackageAsync(setup.Api, serverIds: [server.Id]);
        var inactive = await PackageAsync(setup.Api, name: "Retired Rank", isActive: false);
        var foreign = await PackageAsync(other.Api, name: "Elsewhere");
        var unknown = Guid.NewGuid();

        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Steve", unknown))).Should().Contain(unknown.ToString());
        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Steve", foreign.Id))).Should().Contain(foreign.Id.ToString());
        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Steve", inactive.Id))).Should().Contain("Retired Rank").And.Contain("not active");
        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Steve", package.Id, serverId: secondServer.Id)))
            .Should().Contain("serverId").And.Contain(secondServer.Id.ToString());
        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Steve", package.Id, serverId: Guid.NewGuid()))).Should().Contain("serverId");

        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders")).Total.Should().Be(0);
        (await PageAsync<JsonElement>(setup.Api, "/api/v1/customers")).Total.Should().Be(0, "a refused order creates no customer");
    }

    [Test]
    public async Task ShouldRefuseBannedPlayersByUsernameOrUuid()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api);
        await DataAsync<JsonElement>(await setup.Api.PostAsJsonAsync("/api/v1/bans", new { playerUsername = "griefer123", reason = "Chargeback fraud" }));
        await DataAsync<JsonElement>(await setup.Api.PostAsJsonAsync("/api/v1/bans", new { playerUuid = SteveUuid, reason = "Fraud" }));

        (await BadRequestAsync(await PostOrderAsync(setup.Api, "GRIEFER123", package.Id))).Should().Contain("banned");
        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Steve", package.Id, playerUuid: SteveUuid.Replace("-", string.Empty).ToUpperInvariant())))
            .Should().Contain("banned");
        (await BadRequestAsync(await PostOrderAsync(setup.Api, "SomeoneElse", package.Id, playerUuid: SteveUuid))).Should().Contain("banned");

        await OrderAsync(setup.Api, "Steve", package.Id);
        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders")).Total.Should().Be(1);
    }

    [Test]
    public async Task ShouldChargeTheSalePrice()
    {
        var setup = await NewStoreWithKeyAsync();
        var onSale = await PackageAsync(setup.Api, name: "On sale", price: 10.00m);
        var fullPrice = await PackageAsync(setup.Api, name: "Full price", price: 5.00m);
        await DataAsync<JsonElement>(await setup.Api.PostAsJsonAsync("/api/v1/sales", new
        {
            name = "Summer Sale",
            discountPercentage = 30,
            applicationScope = "packages",
            packageIds = new[] { onSale.Id },
            isEnabled = true,
            startDate = DateTime.UtcNow.AddDays(-1),
            endDate = DateTime.UtcNow.AddDays(1),
        }));

        var order = await ReadAsync<OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = "Steve",
            items = new[] { new { packageId = onSale.Id, quantity = 2 }, new { packageId = fullPrice.Id, quantity = 1 } },
        }));

        order.Items.Single(i => i.PackageId == onSale.Id).PriceAtPurchase.Should().Be(7.00m);
        order.Items.Single(i => i.PackageId == fullPrice.Id).PriceAtPurchase.Should().Be(5.00m);
        order.TotalAmount.Should().Be(19.00m);
    }

    [Test]
    public async Task ShouldApplyACouponOnlyToTheItemsInItsScope()
    {
        var setup = await NewStoreWithKeyAsync();
        var covered = await PackageAsync(setup.Api, name: "Covered", price: 20.00m);
        var notCovered = await PackageAsync(setup.Api, name: "Not covered", price: 10.00m);
        var couponId = await CouponAsync(setup.Api, new
        {
            code = "Summer25",
            discountType = "percentage",
            discountValue = 25,
            applicationScope = "packages",
            packageScope = "specific",
            packageIds = new[] { covered.Id },
            isActive = true,
        });

        var order = await ReadAsync<OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = "Steve",
            couponCode = "summer25",
            items = new[] { new { packageId = covered.Id, quantity = 1 }, new { packageId = notCovered.Id, quantity = 1 } },
        }));

        order.CouponId.Should().Be(couponId);
        order.CouponDiscountAmount.Should().Be(5.00m, "25% of the covered 20.00 only");
        order.TotalAmount.Should().Be(25.00m);
        (await CouponUsedCountAsync(setup.Api, couponId)).Should().Be(1);

        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Steve", notCovered.Id, couponCode: "SUMMER25"))).Should().Contain("does not apply");
        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Steve", covered.Id, couponCode: "NOPE"))).Should().Contain("couponCode");
        (await CouponUsedCountAsync(setup.Api, couponId)).Should().Be(1, "refused orders use nothing");

        var fixedId = await CouponAsync(setup.Api, new { code = "TENOFF", discountType = "fixed", discountValue = 50, applicationScope = "store", isActive = true });
        var capped = await OrderAsync(setup.Api, "Alex", notCovered.Id, couponCode: "tenoff");
        capped.CouponId.Should().Be(fixedId);
        capped.CouponDiscountAmount.Should().Be(10.00m, "a fixed discount is capped at the eligible amount");
        capped.TotalAmount.Should().Be(0m);
    }

    [Test]
    public async Task ShouldRefuseInactiveOrExpiredCoupons()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api);
        await CouponAsync(setup.Api, new { code = "OFF", discountType = "percentage", discountValue = 10, isActive = false });
        await CouponAsync(setup.Api, new
        {
            code = "LATER",
            discountType = "percentage",
            discountValue = 10,
            validFrom = DateTime.UtcNow.AddDays(5),
            validUntil = DateTime.UtcNow.AddDays(10),
        });

        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Steve", package.Id, couponCode: "off"))).Should().Contain("inactive");
        (await BadRequestAsync(await PostOrderAsync(setup.Api, "Steve", package.Id, couponCode: "later"))).Should().Contain("scheduled");
    }

    [Test]
    public async Task ShouldListNewestFirstWithFiltersAndPaging()
    {
        var setup = await NewStoreWithKeyAsync();
        var vip = await PackageAsync(setup.Api, name: "VIP");
        var mvp = await PackageAsync(setup.Api, name: "MVP", price: 19.99m);
        var couponId = await CouponAsync(setup.Api, new { code = "TEN", discountType = "percentage", discountValue = 10 });

        var first = await OrderAsync(setup.Api, "Steve", vip.Id, playerUuid: SteveUuid);
        var second = await OrderAsync(setup.Api, "Alex", mvp.Id);
        var third = await OrderAsync(setup.Api, "steve", mvp.Id, couponCode: "ten");

        var all = await PageAsync<OrderDto>(setup.Api, "/api/v1/orders");
        all.Total.Should().Be(3);
        all.Skip.Should().Be(0);
        all.Take.Should().Be(20);
        all.Items.Select(o => o.Id).Should().Equal(third.Id, second.Id, first.Id);
        all.Items[0].Should().BeEquivalentTo(third);

        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders?playerUsername=STEVE")).Items.Select(o => o.Id).Should().Equal(third.Id, first.Id);
        (await PageAsync<OrderDto>(setup.Api, $"/api/v1/orders?playerUuid={SteveUuid.ToUpperInvariant()}")).Items.Select(o => o.Id).Should().Equal(first.Id);
        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders?status=paid")).Total.Should().Be(3);
        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders?status=REFUNDED")).Total.Should().Be(0);
        (await PageAsync<OrderDto>(setup.Api, $"/api/v1/orders?packageId={mvp.Id}")).Items.Select(o => o.Id).Should().Equal(third.Id, second.Id);
        (await PageAsync<OrderDto>(setup.Api, $"/api/v1/orders?couponId={couponId}")).Items.Select(o => o.Id).Should().Equal(third.Id);

        var from = Uri.EscapeDataString(second.CreatedAt.ToString("O"));
        var to = Uri.EscapeDataString(second.CreatedAt.ToString("O"));
        (await PageAsync<OrderDto>(setup.Api, $"/api/v1/orders?from={from}")).Items.Select(o => o.Id).Should().Equal(third.Id, second.Id);
        (await PageAsync<OrderDto>(setup.Api, $"/api/v1/orders?to={to}")).Items.Select(o => o.Id).Should().Equal(second.Id, first.Id);
        (await PageAsync<OrderDto>(setup.Api, $"/api/v1/orders?from={from}&to={to}")).Items.Select(o => o.Id).Should().Equal(second.Id);

        var page = await PageAsync<OrderDto>(setup.Api, "/api/v1/orders?skip=1&take=1");
        page.Total.Should().Be(3);
        page.Items.Select(o => o.Id).Should().Equal(second.Id);

        await BadRequestAsync(await setup.Api.GetAsync("/api/v1/orders?status=shipped"));
        await BadRequestAsync(await setup.Api.GetAsync("/api/v1/orders?take=101"));
        await BadRequestAsync(await setup.Api.GetAsync("/api/v1/orders?playerUuid=nope"));
        await BadRequestAsync(await setup.Api.GetAsync($"/api/v1/orders?from={Uri.EscapeDataString(DateTime.UtcNow.ToString("O"))}&to=2020-01-01T00:00:00Z"));
    }

    [Test]
    public async Task ShouldHideOtherStoresOrdersAndOfferNoUpdateOrDelete()
    {
        var setup = await NewStoreWithKeyAsync();
        var other = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api);
        var order = await OrderAsync(setup.Api, "Steve", package.Id);

        await ReadErrorAsync(await other.Api.GetAsync($"/api/v1/orders/{order.Id}"), HttpStatusCode.NotFound);
        (await PageAsync<OrderDto>(other.Api, "/api/v1/orders")).Total.Should().Be(0);
        await ReadErrorAsync(await setup.Api.GetAsync($"/api/v1/orders/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        await ReadErrorAsync(await setup.Api.DeleteAsync($"/api/v1/orders/{order.Id}"), HttpStatusCode.MethodNotAllowed);
        await ReadErrorAsync(await PatchAsync(setup.Api, $"/api/v1/orders/{order.Id}", new { status = "Refunded" }), HttpStatusCode.MethodNotAllowed);
    }

    [Test]
    public async Task DeletingThePackageCouponOrGiftCardShouldLeaveOrdersUnchanged()
    {
        var setup = await NewStoreWithKeyAsync();
        var server = await ServerAsync(setup);
        var package = await PackageAsync(setup.Api, serverIds: [server.Id], subscriptionInterval: new { value = 1, unit = "month" });
        var couponId = await CouponAsync(setup.Api, new { code = "HALF", discountType = "percentage", discountValue = 50 });
        var giftCard = await DataAsync<JsonElement>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", new { amount = 25.00m, applicationScope = "store" }));
        var order = await OrderAsync(setup.Api, "Steve", package.Id, quantity: 2, serverId: server.Id, email: "steve@example.com", couponCode: "half");
        var before = await (await setup.Api.GetAsync($"/api/v1/orders/{order.Id}")).Content.ReadAsStringAsync();
        var subscriptionsBefore = await (await setup.Api.GetAsync("/api/v1/subscriptions")).Content.ReadAsStringAsync();

        (await setup.Api.DeleteAsync($"/api/v1/packages/{package.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await setup.Api.DeleteAsync($"/api/v1/coupons/{couponId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await setup.Api.DeleteAsync($"/api/v1/gift-cards/{giftCard.GetProperty("id").GetGuid()}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var after = await (await setup.Api.GetAsync($"/api/v1/orders/{order.Id}")).Content.ReadAsStringAsync();
        after.Should().Be(before);
        (await (await setup.Api.GetAsync("/api/v1/subscriptions")).Content.ReadAsStringAsync()).Should().Be(subscriptionsBefore);
        var listed = await PageAsync<OrderDto>(setup.Api, $"/api/v1/orders?packageId={package.Id}");
        listed.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(order);
        order.Items.Single().PackageName.Should().Be("VIP Rank");
        order.Items.Single().PriceAtPurchase.Should().Be(9.99m);
    }
}
