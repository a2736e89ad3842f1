using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Domain.UnitTests.Packages;

public sealed class PackageTests
{
    [TestCase(0, 0L)]
    [TestCase(9.99, 999L)]
    [TestCase(10000000, 1000000000L)]
    public void MoneyShouldConvertToCents(decimal amount, long cents)
    {
        Money.ToCents(amount).Should().Be(cents);
        Money.FromCents(cents).Should().Be(amount);
    }

    [TestCase(9.999)]
    [TestCase(-0.01)]
    [TestCase(10000000.01)]
    public void MoneyShouldRejectBadAmounts(decimal amount) =>
        FluentActions.Invoking(() => Money.ToCents(amount)).Should().Throw<DomainRuleException>();

    [Test]
    public void SubscriptionsNeedAnInterval()
    {
        var package = new Package(Guid.NewGuid(), "VIP", DateTime.UtcNow);
        package.Invoking(p => p.SetSubscription(true, null, IntervalUnit.Month)).Should().Throw<DomainRuleException>();
        package.Invoking(p => p.SetSubscription(true, 0, IntervalUnit.Month)).Should().Throw<DomainRuleException>();

        package.SetSubscription(true, 3, IntervalUnit.Month);
        package.SubscriptionIntervalValue.Should().Be(3);
        package.SetSubscription(false, 3, IntervalUnit.Month);
        package.SubscriptionIntervalValue.Should().BeNull();
        package.SubscriptionIntervalUnit.Should().BeNull();
    }

    [Test]
    public void CommandsShouldRenderEveryPlaceholder()
    {
        var orderId = Guid.CreateVersion7();
        var command = new PackageCommand(CommandStage.Purchase, "give {username} {uuid} {orderId} {packageName} x{quantity} {unknown}", false, null);

        command.Render("Steve", "069a79f4-44e9-4726-a5be-fca90e38aaf5", orderId, "VIP Rank", 2)
            .Should().Be($"give Steve 069a79f4-44e9-4726-a5be-fca90e38aaf5 {orderId} VIP Rank x2 {{unknown}}");
        command.Render("Alex", null, orderId, "VIP", 1).Should().StartWith("give Alex  ");
    }

    [Test]
    public void ReplacingServersShouldKeepOnlyTheWantedOnes()
    {
        var package = new Package(Guid.NewGuid(), "VIP", DateTime.UtcNow);
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        package.ReplaceServers([a, b, b]);
        package.Servers.Select(s => s.GameServerId).Should().BeEquivalentTo([a, b]);
        package.ReplaceServers([b, c]);
        package.Servers.Select(s => s.GameServerId).Should().BeEquivalentTo([b, c]);
    }
}
