using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Players;
using FluxStore.Management.Domain.Subscriptions;

namespace FluxStore.Management.Domain.UnitTests.Orders;

public sealed class OrderDomainTests
{
    private static readonly DateTime Now = new(2026, 1, 31, 10, 0, 0, DateTimeKind.Utc);

    [TestCase("Steve", true)]
    [TestCase("jeb_", true)]
    [TestCase("Mr.Bean-2", true)]
    [TestCase("a", true)]
    [TestCase("", false)]
    [TestCase("has space", false)]
    [TestCase("émile", false)]
    [TestCase("drop;table", false)]
    public void UsernamesShouldBeMinecraftStyle(string name, bool valid) =>
        PlayerIdentity.IsValidUsername(name).Should().Be(valid);

    [Test]
    public void UsernamesShouldBeAtMost32Characters()
    {
        PlayerIdentity.IsValidUsername(new string('a', 32)).Should().BeTrue();
        PlayerIdentity.IsValidUsername(new string('a', 33)).Should().BeFalse();
    }

    [TestCase("069a79f4-44e9-4726-a5be-fca90e38aaf5")]
    [TestCase("069A79F4-44E9-4726-A5BE-FCA90E38AAF5")]
    [TestCase("069a79f444e94726a5befca90e38aaf5")]
    [TestCase(" 069A79F444E94726A5BEFCA90E38AAF5 ")]
    public void UuidsShouldBecomeLowerCaseDashed(string text)
    {
        PlayerIdentity.TryNormalizeUuid(text, out var uuid).Should().BeTrue();
        uuid.Should().Be("069a79f4-44e9-4726-a5be-fca90e38aaf5");
    }

    [TestCase("not-a-uuid")]
    [TestCase("{069a79f4-44e9-4726-a5be-fca90e38aaf5}")]
    [TestCase("069a79f4-44e9-4726-a5be-fca90e38aaf")]
    public void MalformedUuidsShouldBeRefused(string text) =>
        PlayerIdentity.TryNormalizeUuid(text, out _).Should().BeFalse();

    [Test]
    public void TheIdentityKeyShouldPreferTheUuidElseTheNameIgnoringCase()
    {
        Customer.IdentityKeyOf("Steve", null).Should().Be(Customer.IdentityKeyOf("STEVE", null));
        Customer.IdentityKeyOf("Steve", "069a79f4-44e9-4726-a5be-fca90e38aaf5").Should().Be(Customer.IdentityKeyOf("Alex", "069a79f4-44e9-4726-a5be-fca90e38aaf5"));
        Customer.IdentityKeyOf("Steve", null).Should().NotBe(Customer.IdentityKeyOf("Steve", "069a79f4-44e9-4726-a5be-fca90e38aaf5"));
    }

    [Test]
    public void AManualOrderShouldBePaidAndTotalItsItemsLessTheCoupon()
    {
        var order = Order.Manual(Guid.NewGuid(), Guid.NewGuid(), "Steve", null, "steve@example.com", "EUR", Now);
        order.AddItem(Guid.NewGuid(), "VIP", 2, 999, null);
        order.AddItem(Guid.NewGuid(), "MVP", 1, 500, null);

        order.Status.Should().Be(OrderStatus.Paid);
        order.PaymentProvider.Should().Be("Manual");
        order.PaymentCurrency.Should().Be("EUR");
        order.TotalAmountCents.Should().Be(2498);
        order.Items.Select(i => i.Position).Should().Equal(0, 1);

        order.ApplyCoupon(Guid.NewGuid(), 300);
        order.CouponDiscountCents.Should().Be(300);
        order.TotalAmountCents.Should().Be(2198);

        order.ApplyCoupon(Guid.NewGuid(), 10_000);
        order.CouponDiscountCents.Should().Be(2498, "a discount never exceeds the subtotal");
        order.TotalAmountCents.Should().Be(0);
    }

    [TestCase(0)]
    [TestCase(101)]
    public void QuantitiesShouldBeOneToAHundred(int quantity)
    {
        var order = Order.Manual(Guid.NewGuid(), Guid.NewGuid(), "Steve", null, null, "USD", Now);
        var add = () => order.AddItem(Guid.NewGuid(), "VIP", quantity, 100, null);
        add.Should().Throw<DomainRuleException>();
    }

    [TestCase(3, IntervalUnit.Day, "2026-02-03T10:00:00Z")]
    [TestCase(2, IntervalUnit.Week, "2026-02-14T10:00:00Z")]
    [TestCase(1, IntervalUnit.Month, "2026-02-28T10:00:00Z")]
    [TestCase(1, IntervalUnit.Year, "2027-01-31T10:00:00Z")]
    public void ThePeriodEndShouldFollowTheInterval(int value, IntervalUnit unit, string expected) =>
        Subscription.PeriodEnd(Now, value, unit).Should().Be(DateTime.Parse(expected, null, System.Globalization.DateTimeStyles.AdjustToUniversal));

    [Test]
    public void ASubscriptionShouldStartActive()
    {
        var subscription = new Subscription(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Steve", null, Guid.NewGuid(), "Monthly", 1, IntervalUnit.Month, Now);
        subscription.Status.Should().Be(SubscriptionStatus.Active);
        subscription.StartedAt.Should().Be(Now);
        subscription.NormalizedUsername.Should().Be("STEVE");
    }
}
