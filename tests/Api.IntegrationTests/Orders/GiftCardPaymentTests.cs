using FluxStore.Management.Api.IntegrationTests.Infrastructure;
using FluxStore.Management.Application.Customers;
using FluxStore.Management.Application.GiftCards;
using FluxStore.Management.Application.Orders;
using Microsoft.EntityFrameworkCore;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Orders;

/// <summary><c>POST /api/v1/orders</c> with <c>giftCardCode</c>: the card pays <c>min(balance, total after coupon)</c>.</summary>
public sealed class GiftCardPaymentTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task AGiftCardOfTenShouldPayTenOfAFifteenOrder()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 15.00m);
        var (cardId, code) = await GiftCardAsync(setup, 10.00m);

        // Case, spaces and dashes of the code do not matter.
        var order = await OrderWithCardAsync(setup.Api, "Steve", package.Id, code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());

        order.GiftCardId.Should().Be(cardId);
        order.GiftCardAmount.Should().Be(10.00m);
        order.TotalAmount.Should().Be(15.00m);
        var card = await CardAsync(setup.Api, cardId);
        card.Balance.Should().Be(0m);
        card.Status.Should().Be("depleted");
        (await ReadAsync<OrderDto>(await setup.Api.GetAsync($"/api/v1/orders/{order.Id}"))).GiftCardAmount.Should().Be(10.00m);
        (await PageAsync<CustomerDto>(setup.Api, "/api/v1/customers")).Items.Single().TotalSpent.Should().Be(15.00m);

        // Empty now: the next order is refused and changes nothing.
        (await BadRequestAsync(await PostWithCardAsync(setup.Api, "Alex", package.Id, code))).Should().Contain("no balance left");
        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders")).Total.Should().Be(1);
    }

    [Test]
    public async Task AGiftCardShouldPayOnlyTheTotalAfterTheCouponAndKeepTheRest()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 8.00m);
        var (cardId, code) = await GiftCardAsync(setup, 20.00m);
        await CouponAsync(setup.Api, new { code = "QUARTER", discountType = "percentage", discountValue = 25 });

        var order = await DataAsync<OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = "Steve",
            couponCode = "QUARTER",
            giftCardCode = code,
            items = new[] { new { packageId = package.Id, quantity = 1 } },
        }));

        order.TotalAmount.Should().Be(6.00m);
        order.GiftCardAmount.Should().Be(6.00m);
        (await CardAsync(setup.Api, cardId)).Balance.Should().Be(14.00m);
    }

    [Test]
    public async Task TwentyConcurrentOrdersShouldNeverTakeTheBalanceBelowZero()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 3.00m);
        var (cardId, code) = await GiftCardAsync(setup, 10.00m);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => PostWithCardAsync(WithKey(setup.Key.Key), $"Player{i}", package.Id, code)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Should().OnlyContain(s => s == HttpStatusCode.OK || s == HttpStatusCode.BadRequest, "the statuses were {0}", string.Join(",", statuses));
        statuses.Count(s => s == HttpStatusCode.OK).Should().Be(4, "3.00 + 3.00 + 3.00 + 1.00 empties the card; the statuses were {0}", string.Join(",", statuses));
        (await CardAsync(setup.Api, cardId)).Balance.Should().Be(0m);

        var orders = (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders?take=100")).Items;
        orders.Should().HaveCount(4);
        orders.Sum(o => o.GiftCardAmount).Should().Be(10.00m);
        orders.Select(o => o.GiftCardAmount).Should().BeEquivalentTo(new decimal?[] { 3.00m, 3.00m, 3.00m, 1.00m });
        await Factory.WithDbAsync(async db =>
            (await db.GiftCards.AsNoTracking().Where(g => g.Id == cardId).Select(g => g.BalanceCents).SingleAsync()).Should().Be(0));
    }

    [Test]
    public async Task ExpiredDisabledUnknownOrForeignCardsShouldBeRefused()
    {
        var setup = await NewStoreWithKeyAsync();
        var package = await PackageAsync(setup.Api, price: 5.00m);

        var (disabledId, disabled) = await GiftCardAsync(setup, 5.00m);
        await ReadAsync<GiftCardDto>(await PatchAsync(setup.Api, $"/api/v1/gift-cards/{disabledId}", new { isEnabled = false }));
        (await BadRequestAsync(await PostWithCardAsync(setup.Api, "Steve", package.Id, disabled))).Should().Contain("disabled");

        var (expiredId, expired) = await GiftCardAsync(setup, 5.00m);
        await Factory.WithDbAsync(async db =>
        {
            var card = await db.GiftCards.SingleAsync(g => g.Id == expiredId);
            card.SetExpiresAt(DateTime.UtcNow.AddMinutes(-1));
            await db.SaveChangesAsync();
        });
        (await BadRequestAsync(await PostWithCardAsync(setup.Api, "Steve", package.Id, expired))).Should().Contain("expired");

        (await BadRequestAsync(await PostWithCardAsync(setup.Api, "Steve", package.Id, "AAAA-BBBB-CCCC-DDDD-EEEE"))).Should().Contain("no gift card");

        // Another store's valid card is unknown here, with the same message.
        var other = await NewStoreWithKeyAsync();
        var (foreignId, foreign) = await GiftCardAsync(other, 5.00m);
        (await BadRequestAsync(await PostWithCardAsync(setup.Api, "Steve", package.Id, foreign))).Should().Contain("no gift card with this code exists in this store");

        (await BadRequestAsync(await PostWithCardAsync(setup.Api, "Steve", package.Id, ""))).Should().Contain("giftCardCode");

        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders")).Total.Should().Be(0);
        (await CardAsync(setup.Api, disabledId)).Balance.Should().Be(5.00m);
        (await CardAsync(other.Api, foreignId)).Balance.Should().Be(5.00m);
    }

    [Test]
    public async Task ACardLimitedToPackagesShouldPayOnlyForThem()
    {
        var setup = await NewStoreWithKeyAsync();
        var covered = await PackageAsync(setup.Api, name: "Covered", price: 4.00m);
        var notCovered = await PackageAsync(setup.Api, name: "Other", price: 6.00m);
        var created = await ReadAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", new { amount = 50m, applicationScope = "packages", packageIds = new[] { covered.Id } }));
        var code = await CodeAsync(setup, created.Id);

        (await BadRequestAsync(await PostWithCardAsync(setup.Api, "Steve", notCovered.Id, code))).Should().Contain("does not apply");

        var order = await DataAsync<OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = "Steve",
            giftCardCode = code,
            items = new[] { new { packageId = covered.Id, quantity = 1 }, new { packageId = notCovered.Id, quantity = 1 } },
        }));
        order.TotalAmount.Should().Be(10.00m);
        order.GiftCardAmount.Should().Be(4.00m);
        (await CardAsync(setup.Api, created.Id)).Balance.Should().Be(46.00m);
    }

    public static async Task<(Guid Id, string Code)> GiftCardAsync(StoreSetup setup, decimal amount)
    {
        var card = await DataAsync<GiftCardDto>(await setup.Api.PostAsJsonAsync("/api/v1/gift-cards", new { amount }));
        return (card.Id, await CodeAsync(setup, card.Id));
    }

    public static async Task<GiftCardDto> CardAsync(HttpClient api, Guid id) =>
        await DataAsync<GiftCardDto>(await api.GetAsync($"/api/v1/gift-cards/{id}"));

    private static async Task<string> CodeAsync(StoreSetup setup, Guid cardId) =>
        (await DataAsync<GiftCardCodeDto>(await setup.Owner.Client.GetAsync($"/api/stores/{setup.Store.Id}/gift-cards/{cardId}/code"))).Code;

    private static Task<HttpResponseMessage> PostWithCardAsync(HttpClient api, string player, Guid packageId, string code) =>
        api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = player,
            giftCardCode = code,
            items = new[] { new { packageId, quantity = 1 } },
        });

    private static async Task<OrderDto> OrderWithCardAsync(HttpClient api, string player, Guid packageId, string code) =>
        await DataAsync<OrderDto>(await PostWithCardAsync(api, player, packageId, code));
}
