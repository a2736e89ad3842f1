using FluxStore.Management.Application.Common.Exceptions;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Promotions;

namespace FluxStore.Management.Application.UnitTests.Orders;

public sealed class OrderLimitsTests
{
    private OrderTestDatabase _database = null!;
    private Customer _steve = null!;

    [SetUp]
    public void SetUp()
    {
        _database = new OrderTestDatabase();
        _steve = AddCustomer("Steve");
    }

    [TearDown]
    public void TearDown() => _database.Dispose();

    [Test]
    public async Task TheLastUnitsOfAGlobalLimitShouldBeClaimableButNoMore()
    {
        var vip = _database.AddPackage("vip", 500, p => p.GlobalLimit = 3);
        AddSale(AddCustomer("Alex"), vip, quantity: 2);
        var limits = _database.Get<OrderLimits>();

        await limits.Invoking(l => l.ClaimPackagesAsync(_database.Store.Id, _steve.Id, [new OrderLine(vip, 1, null, 500)], default))
            .Should().NotThrowAsync();
        (await limits.Invoking(l => l.ClaimPackagesAsync(_database.Store.Id, _steve.Id, [new OrderLine(vip, 2, null, 500)], default))
            .Should().ThrowAsync<RequestValidationException>())
            .Which.Errors.Should().Equal("items: package 'vip' is limited to 3 sold in total and 1 remain.");
    }

    [Test]
    public async Task APerUserLimitShouldCountOnlyThatCustomersUnits()
    {
        var vip = _database.AddPackage("vip", 500, p => p.PerUserLimit = 1);
        AddSale(AddCustomer("Alex"), vip, quantity: 1);
        AddSale(_steve, vip, quantity: 1);
        var limits = _database.Get<OrderLimits>();

        (await limits.Invoking(l => l.ClaimPackagesAsync(_database.Store.Id, _steve.Id, [new OrderLine(vip, 1, null, 500)], default))
            .Should().ThrowAsync<RequestValidationException>())
            .Which.Errors.Should().Equal("items: package 'vip' is limited to 1 per player and this player has 0 left.");
    }

    [Test]
    public async Task ACouponShouldBeClaimedOncePerUseItAllows()
    {
        var coupon = new Coupon(_database.Store.Id, "ONCE", OrderTestDatabase.Now);
        coupon.SetDiscount(DiscountType.Fixed, 1);
        coupon.SetLimits(maxUses: 1, maxUsesPerUser: null);
        _database.Db.Coupons.Add(coupon);
        await _database.Db.SaveChangesAsync();
        var limits = _database.Get<OrderLimits>();

        await limits.ClaimCouponAsync(_database.Store.Id, _steve.Id, coupon, OrderTestDatabase.Now, default);
        (await limits.Invoking(l => l.ClaimCouponAsync(_database.Store.Id, _steve.Id, coupon, OrderTestDatabase.Now, default))
            .Should().ThrowAsync<RequestValidationException>())
            .Which.Errors.Should().Equal("couponCode: the coupon has been used up or is no longer valid.");
        _database.NextRequest();
        _database.Db.Coupons.Single(c => c.Id == coupon.Id).UsedCount.Should().Be(1);
    }

    private Customer AddCustomer(string username)
    {
        var customer = new Customer(_database.Store.Id, username, null, OrderTestDatabase.Now);
        _database.Db.Customers.Add(customer);
        _database.Db.SaveChanges();
        return customer;
    }

    private void AddSale(Customer customer, Package package, int quantity)
    {
        var order = Order.Manual(_database.Store.Id, customer.Id, customer.PlayerUsername, null, null, "EUR", OrderTestDatabase.Now);
        order.AddItem(package.Id, package.Name, quantity, package.PriceCents, null);
        _database.Db.Orders.Add(order);
        _database.Db.SaveChanges();
    }
}
