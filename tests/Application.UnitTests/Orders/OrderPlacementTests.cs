using FluxStore.Management.Application.Common.Exceptions;
using FluxStore.Management.Application.Orders;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Application.UnitTests.Orders;

public sealed class OrderPlacementTests
{
    private OrderTestDatabase _database = null!;

    [SetUp]
    public void SetUp() => _database = new OrderTestDatabase();

    [TearDown]
    public void TearDown() => _database.Dispose();

    private PricedOrder Priced(params OrderLine[] lines) => new("EUR", lines, null, null);

    private OrderBuyer Buyer(string username = "Steve", string? uuid = null) => new(_database.Store.Id, username, uuid, null);

    [Test]
    public async Task AFirstOrderShouldCreateTheCustomerAndCommitTheOrderWithItsCommands()
    {
        var vip = _database.AddPackage("vip", 500);

        var order = (await _database.Get<OrderPlacement>().PlaceAsync(Buyer(), Priced(new OrderLine(vip, 2, null, 450)), OrderTestDatabase.Now, default)).Order;

        _database.NextRequest();
        var customer = await _database.Db.Customers.SingleAsync();
        customer.Should().Match<Domain.Customers.Customer>(c => c.Id == order.CustomerId && c.OrderCount == 1 && c.TotalSpentCents == 900);
        (await _database.Db.Orders.SingleAsync()).TotalAmountCents.Should().Be(900);
        (await _database.Db.PendingCommands.Select(c => c.Command).ToListAsync()).Should().Equal("give Steve vip");
    }

    [Test]
    public async Task ALaterOrderOfThePlayerShouldAddToTheSameCustomerFoundByNameIgnoringCase()
    {
        var vip = _database.AddPackage("vip", 500);
        await _database.Get<OrderPlacement>().PlaceAsync(Buyer("Steve"), Priced(new OrderLine(vip, 1, null, 500)), OrderTestDatabase.Now, default);
        _database.NextRequest();

        await _database.Get<OrderPlacement>().PlaceAsync(Buyer("STEVE"), Priced(new OrderLine(vip, 1, null, 300)), OrderTestDatabase.Now, default);

        _database.NextRequest();
        (await _database.Db.Customers.SingleAsync()).Should().Match<Domain.Customers.Customer>(
            c => c.OrderCount == 2 && c.TotalSpentCents == 800 && c.PlayerUsername == "STEVE");
    }

    [Test]
    public async Task ALostRaceShouldBeTriedAgainFromACleanUnitOfWork()
    {
        var vip = _database.AddPackage("vip", 500);
        _database.Faults.FailNext = 2;

        await _database.Get<OrderPlacement>().PlaceAsync(Buyer(), Priced(new OrderLine(vip, 1, null, 500)), OrderTestDatabase.Now, default);

        _database.NextRequest();
        (await _database.Db.Orders.CountAsync()).Should().Be(1);
        (await _database.Db.Customers.CountAsync()).Should().Be(1);
        (await _database.Db.PendingCommands.CountAsync()).Should().Be(1);
    }

    [Test]
    public async Task AnOrderThatLosesEveryAttemptShouldBeRefusedAndLeaveNothingBehind()
    {
        var vip = _database.AddPackage("vip", 500);
        _database.Faults.FailNext = 4;
        var placement = _database.Get<OrderPlacement>();

        (await placement.Invoking(p => p.PlaceAsync(Buyer(), Priced(new OrderLine(vip, 1, null, 500)), OrderTestDatabase.Now, default))
            .Should().ThrowAsync<RequestValidationException>())
            .Which.Errors.Should().Equal("The order conflicted with concurrent changes; please retry.");
        _database.Db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).Should().BeEmpty();
        _database.NextRequest();
        (await _database.Db.Orders.CountAsync()).Should().Be(0);
        (await _database.Db.Customers.CountAsync()).Should().Be(0);
    }
}
