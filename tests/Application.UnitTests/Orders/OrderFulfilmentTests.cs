using FluxStore.Management.Application.Orders;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace FluxStore.Management.Application.UnitTests.Orders;

public sealed class OrderFulfilmentTests
{
    private OrderTestDatabase _database = null!;

    [SetUp]
    public void SetUp() => _database = new OrderTestDatabase();

    [TearDown]
    public void TearDown() => _database.Dispose();

    [Test]
    public async Task ASubscriptionItemShouldStartASubscriptionQueueItsCommandsAndRaiseTheOrdersEvents()
    {
        var monthly = _database.AddPackage("monthly", 500, p => p.SetSubscription(true, 1, IntervalUnit.Month));
        var coins = _database.AddPackage("coins", 100);
        var buyer = new OrderBuyer(_database.Store.Id, "Steve", null, null);
        var order = Order.Manual(_database.Store.Id, Guid.CreateVersion7(), "Steve", null, null, "EUR", OrderTestDatabase.Now);
        var lines = new[] { new OrderLine(monthly, 1, null, 500), new OrderLine(coins, 3, null, 100) };
        var items = lines.Select(l => order.AddItem(l.Package.Id, l.Package.Name, l.Quantity, l.UnitPriceCents, l.ServerId)).ToList();

        await _database.Get<OrderFulfilment>().QueueAsync(order, buyer, lines, items, OrderTestDatabase.Now, default);

        var subscription = _database.Db.Subscriptions.Local.Should().ContainSingle().Which;
        subscription.Should().Match<Subscription>(s => s.OrderId == order.Id && s.PackageId == monthly.Id && s.Status == SubscriptionStatus.Active);
        items[0].SubscriptionId.Should().Be(subscription.Id);
        items[1].SubscriptionId.Should().BeNull();
        _database.Db.PendingCommands.Local.Select(c => c.Command).Should().BeEquivalentTo("give Steve monthly", "give Steve coins");
        _database.Db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Should().NotBeEmpty("nothing is saved here");
        var raised = _database.Webhooks.Invocations.Select(i => (string)i.Arguments[1]).ToList();
        raised.Should().Equal(WebhookEventTypes.OrderCreated, WebhookEventTypes.SubscriptionCreated);
    }
}
