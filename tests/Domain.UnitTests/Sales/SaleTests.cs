using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Promotions;
using FluxStore.Management.Domain.Sales;

namespace FluxStore.Management.Domain.UnitTests.Sales;

public sealed class SaleTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 0, 0, 0, DateTimeKind.Utc);

    [TestCase(1000, 3000, 700)]
    [TestCase(999, 1000, 899)] // 99.9 off rounds to 100
    [TestCase(333, 1000, 300)] // 33.3 off rounds to 33
    [TestCase(5, 5000, 2)] // 2.5 off rounds to 3
    [TestCase(1234, 10000, 0)]
    [TestCase(0, 5000, 0)]
    public void PriceAfterShouldRoundTheDiscountToCents(long price, long hundredths, long expected) =>
        Sale.PriceAfter(price, hundredths).Should().Be(expected);

    [TestCase(true, -1, 1, SaleStatus.Active)]
    [TestCase(true, 0, 1, SaleStatus.Active)] // start inclusive
    [TestCase(true, -1, 0, SaleStatus.Ended)] // end exclusive
    [TestCase(true, 1, 2, SaleStatus.Scheduled)]
    [TestCase(false, -1, 1, SaleStatus.Disabled)]
    [TestCase(false, -3, -1, SaleStatus.Disabled)]
    public void StatusRules(bool enabled, int startDays, int endDays, SaleStatus expected)
    {
        var sale = new Sale(Guid.CreateVersion7(), "Summer", Now) { IsEnabled = enabled };
        sale.SetPeriod(Now.AddDays(startDays), Now.AddDays(endDays));
        sale.StatusAt(Now).Should().Be(expected);
        Sale.Status.Is(expected, Now).Compile()(sale).Should().BeTrue("the database filter follows the same rule");
        foreach (var other in Enum.GetValues<SaleStatus>().Where(s => s != expected))
        {
            Sale.Status.Is(other, Now).Compile()(sale).Should().BeFalse();
        }
    }

    [Test]
    public void ScopeAndPeriodShouldBeChecked()
    {
        var sale = new Sale(Guid.CreateVersion7(), " Summer ", Now);
        sale.Name.Should().Be("Summer");
        sale.NormalizedName.Should().Be("SUMMER");
        var package = Guid.CreateVersion7();
        var category = Guid.CreateVersion7();

        FluentActions.Invoking(() => sale.SetScope(DiscountScope.Packages, [], null)).Should().Throw<DomainRuleException>();
        FluentActions.Invoking(() => sale.SetScope(DiscountScope.Categories, [package], [category])).Should().Throw<DomainRuleException>();
        FluentActions.Invoking(() => sale.SetPeriod(Now, Now)).Should().Throw<DomainRuleException>().WithMessage("*endDate*");
        FluentActions.Invoking(() => sale.SetPercentage(0)).Should().Throw<DomainRuleException>();
        FluentActions.Invoking(() => sale.SetPercentage(100.001m)).Should().Throw<DomainRuleException>();

        sale.SetScope(DiscountScope.Categories, null, [category]);
        sale.AppliesTo(package, category).Should().BeTrue();
        sale.AppliesTo(package, null).Should().BeFalse();
        sale.SetScope(DiscountScope.Packages, [package], null);
        sale.CategoryIds.Should().BeEmpty();
        sale.AppliesTo(package, null).Should().BeTrue();
        sale.AppliesTo(Guid.CreateVersion7(), category).Should().BeFalse();
        sale.SetPercentage(12.5m);
        sale.DiscountPercentageHundredths.Should().Be(1250);
    }
}
