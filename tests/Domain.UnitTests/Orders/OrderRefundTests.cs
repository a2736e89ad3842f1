using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Orders;

namespace FluxStore.Management.Domain.UnitTests.Orders;

public sealed class OrderRefundTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    [Test]
    public void RefundsShouldAddUpToTheTotalWithTheLastTakingTheRemainder()
    {
        var order = Order.Manual(Guid.NewGuid(), Guid.NewGuid(), "Steve", null, null, "EUR", Now);
        var a = order.AddItem(Guid.NewGuid(), "A", 1, 333, null);
        var b = order.AddItem(Guid.NewGuid(), "B", 1, 333, null);
        var c = order.AddItem(Guid.NewGuid(), "C", 1, 334, null);
        order.ApplyCoupon(Guid.NewGuid(), 100);
        order.PayWithGiftCard(Guid.NewGuid(), 500);
        order.TotalAmountCents.Should().Be(900);

        var first = order.Refund([a.Id], null, Now);
        first.AmountCents.Should().Be(299, "333 × 900 / 1000 = 299.7, rounded down");
        first.GiftCardAmountCents.Should().Be(166, "299 × 500 / 900 = 166.1");
        order.Status.Should().Be(OrderStatus.PartiallyRefunded);

        var rest = order.Refund(null, "rest", Now);
        rest.AmountCents.Should().Be(601);
        rest.GiftCardAmountCents.Should().Be(334);
        order.Status.Should().Be(OrderStatus.Refunded);
        order.Items.Should().OnlyContain(i => i.RefundedAt == Now);
        new[] { b, c }.Should().OnlyContain(i => i.RefundId == rest.Id);
        order.Refunds.Sum(r => r.AmountCents).Should().Be(order.TotalAmountCents);
    }

    [Test]
    public void RefundingTwiceOrAFullyRefundedOrderShouldBeRefused()
    {
        var order = Order.Manual(Guid.NewGuid(), Guid.NewGuid(), "Steve", null, null, "EUR", Now);
        var a = order.AddItem(Guid.NewGuid(), "A", 1, 100, null);
        order.AddItem(Guid.NewGuid(), "B", 1, 100, null);

        order.Refund([a.Id], null, Now);
        FluentActions.Invoking(() => order.Refund([a.Id], null, Now)).Should().Throw<DomainRuleException>().WithMessage("*already been refunded*");
        FluentActions.Invoking(() => order.Refund([Guid.NewGuid()], null, Now)).Should().Throw<DomainRuleException>().WithMessage("*has no item*");

        order.Refund(null, null, Now);
        FluentActions.Invoking(() => order.Refund(null, null, Now)).Should().Throw<DomainRuleException>().WithMessage("*Refunded*");
    }

    [Test]
    public void AGiftCardShouldPayAtMostTheTotal()
    {
        var order = Order.Manual(Guid.NewGuid(), Guid.NewGuid(), "Steve", null, null, "EUR", Now);
        order.AddItem(Guid.NewGuid(), "A", 1, 1500, null);
        FluentActions.Invoking(() => order.PayWithGiftCard(Guid.NewGuid(), 1501)).Should().Throw<DomainRuleException>();
        order.PayWithGiftCard(Guid.NewGuid(), 1000);
        order.TotalAmountCents.Should().Be(1500);
        order.GiftCardAmountCents.Should().Be(1000);
    }
}
