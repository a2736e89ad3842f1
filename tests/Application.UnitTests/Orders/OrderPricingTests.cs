using FluxStore.Management.Application.Common.Exceptions;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Promotions;

namespace FluxStore.Management.Application.UnitTests.Orders;

public sealed class OrderPricingTests
{
    private OrderTestDatabase _database = null!;

    [SetUp]
    public void SetUp() => _database = new OrderTestDatabase();

    [TearDown]
    public void TearDown() => _database.Dispose();

    private static CreateOrderItem Item(Guid packageId, int quantity = 1, Guid? serverId = null) =>
        new() { PackageId = packageId, Quantity = quantity, ServerId = serverId };

    [Test]
    public async Task ItemsShouldBePricedAtThePackagePriceTimesTheirQuantity()
    {
        var vip = _database.AddPackage("vip", 500);

        var lines = await _database.Get<OrderPricing>().PriceItemsAsync(_database.Store.Id, [Item(vip.Id, 3)], OrderTestDatabase.Now, default);

        lines.Should().ContainSingle().Which.Should().Match<OrderLine>(l => l.UnitPriceCents == 500 && l.TotalCents == 1500 && l.Package.Id == vip.Id);
    }

    [Test]
    public async Task EveryBadItemShouldBeNamedAtOnce()
    {
        var inactive = _database.AddPackage("old", 500, p => p.IsActive = false);
        var unknown = Guid.CreateVersion7();
        var otherServer = Guid.CreateVersion7();
        var vip = _database.AddPackage("vip", 500);

        var act = () => _database.Get<OrderPricing>().PriceItemsAsync(
            _database.Store.Id, [Item(unknown), Item(inactive.Id), Item(vip.Id, serverId: otherServer)], OrderTestDatabase.Now, default);

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().Equal(
            $"items[0].packageId: no package {unknown} exists in this store.",
            "items[1].packageId: package 'old' is not active.",
            $"items[2].serverId: server {otherServer} is not one of the servers of package 'vip'.");
    }

    [Test]
    public async Task ACouponShouldDiscountOnlyTheItemsItCoversInTheStoreCurrency()
    {
        var vip = _database.AddPackage("vip", 1000);
        var coins = _database.AddPackage("coins", 400);
        AddCoupon("HALF", c => c.SetScope(DiscountScope.Packages, PackageScope.Specific, [vip.Id], null));
        var pricing = _database.Get<OrderPricing>();
        var lines = await pricing.PriceItemsAsync(_database.Store.Id, [Item(vip.Id), Item(coins.Id)], OrderTestDatabase.Now, default);

        var priced = await pricing.PriceDiscountsAsync(_database.Store.Id, lines, "half", null, OrderTestDatabase.Now, default);

        priced.Currency.Should().Be("EUR");
        priced.Coupon!.DiscountCents.Should().Be(500);
        priced.GiftCard.Should().BeNull();
    }

    [Test]
    public async Task ACouponThatCoversNoItemShouldBeRefused()
    {
        var vip = _database.AddPackage("vip", 1000);
        var coins = _database.AddPackage("coins", 400);
        AddCoupon("VIPONLY", c => c.SetScope(DiscountScope.Packages, PackageScope.Specific, [vip.Id], null));
        var pricing = _database.Get<OrderPricing>();
        var lines = await pricing.PriceItemsAsync(_database.Store.Id, [Item(coins.Id)], OrderTestDatabase.Now, default);

        var act = () => pricing.PriceDiscountsAsync(_database.Store.Id, lines, "VIPONLY", null, OrderTestDatabase.Now, default);

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should()
            .Equal("couponCode: the coupon does not apply to any item of this order.");
    }

    private void AddCoupon(string code, Action<Coupon> configure)
    {
        var coupon = new Coupon(_database.Store.Id, code, OrderTestDatabase.Now);
        coupon.SetDiscount(DiscountType.Percentage, 50);
        configure(coupon);
        _database.Db.Coupons.Add(coupon);
        _database.Db.SaveChanges();
    }
}
