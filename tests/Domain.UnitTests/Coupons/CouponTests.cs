using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Promotions;

namespace FluxStore.Management.Domain.UnitTests.Coupons;

public sealed class CouponTests
{
    private static readonly DateTime Now = new(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Store = Guid.CreateVersion7();

    private static Coupon Percentage(decimal value)
    {
        var coupon = new Coupon(Store, "SAVE", Now);
        coupon.SetDiscount(DiscountType.Percentage, value);
        return coupon;
    }

    private static Coupon Fixed(decimal value)
    {
        var coupon = new Coupon(Store, "SAVE", Now);
        coupon.SetDiscount(DiscountType.Fixed, value);
        return coupon;
    }

    [TestCase(10, 999, 100)] // 99.9 -> 100
    [TestCase(25, 1000, 250)]
    [TestCase(50, 5, 3)] // 2.5 -> 3 (half away from zero)
    [TestCase(12.5, 1, 0)] // 0.125 -> 0
    [TestCase(33.33, 300, 100)] // 99.99 -> 100
    [TestCase(100, 4321, 4321)]
    [TestCase(10, 0, 0)]
    [TestCase(10, -50, 0)]
    public void PercentageDiscountShouldRoundHalfAwayFromZeroToCents(decimal percent, long amount, long expected) =>
        Percentage(percent).DiscountFor(amount).Should().Be(expected);

    [TestCase(5, 1000, 500)]
    [TestCase(5, 300, 300)] // capped at the amount
    [TestCase(0.01, 1, 1)]
    [TestCase(5, 0, 0)]
    public void FixedDiscountShouldBeCappedAtTheAmount(decimal value, long amount, long expected) =>
        Fixed(value).DiscountFor(amount).Should().Be(expected);

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(100.01)]
    [TestCase(10.001)]
    public void PercentageOutsideRangeShouldBeRefused(decimal value) =>
        FluentActions.Invoking(() => Percentage(value)).Should().Throw<DomainRuleException>().WithMessage("*discountValue*");

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(1.005)]
    [TestCase(10_000_001)]
    public void FixedOutsideRangeShouldBeRefused(decimal value) =>
        FluentActions.Invoking(() => Fixed(value)).Should().Throw<DomainRuleException>().WithMessage("*discountValue*");

    [Test]
    public void FixedValueShouldBeStoredInCents()
    {
        var coupon = Fixed(12.34m);
        coupon.DiscountValueHundredths.Should().Be(1234);
        coupon.DiscountValue.Should().Be(12.34m);
    }

    [TestCase("WELCOME10", true)]
    [TestCase("a-b_c", true)]
    [TestCase("", false)]
    [TestCase("HAS SPACE", false)]
    [TestCase("ÜBER", false)]
    [TestCase("semi;colon", false)]
    public void CodeCharsetShouldBeLettersDigitsDashAndUnderscore(string code, bool valid) =>
        Coupon.IsValidCode(code).Should().Be(valid);

    [Test]
    public void CodeShouldBeNormalizedAndLengthLimited()
    {
        var coupon = new Coupon(Store, "  Summer25 ", Now);
        coupon.Code.Should().Be("Summer25");
        coupon.NormalizedCode.Should().Be("SUMMER25");
        Coupon.IsValidCode(new string('A', 50)).Should().BeTrue();
        Coupon.IsValidCode(new string('A', 51)).Should().BeFalse();
    }

    [Test]
    public void AppliesToShouldFollowTheScope()
    {
        var package = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();
        var category = Guid.CreateVersion7();
        var coupon = Percentage(10);

        coupon.SetScope(DiscountScope.Store, PackageScope.All, null, null);
        coupon.AppliesTo(package, null).Should().BeTrue();

        coupon.SetScope(DiscountScope.Packages, PackageScope.All, null, null);
        coupon.AppliesTo(other, category).Should().BeTrue();

        coupon.SetScope(DiscountScope.Packages, PackageScope.Specific, [package, package], null);
        coupon.PackageIds.Should().Equal(package);
        coupon.AppliesTo(package, null).Should().BeTrue();
        coupon.AppliesTo(other, category).Should().BeFalse();

        coupon.SetScope(DiscountScope.Categories, PackageScope.All, null, [category]);
        coupon.PackageIds.Should().BeEmpty();
        coupon.AppliesTo(other, category).Should().BeTrue();
        coupon.AppliesTo(package, null).Should().BeFalse();
        coupon.AppliesTo(package, Guid.CreateVersion7()).Should().BeFalse();
    }

    [Test]
    public void ScopeWithTheWrongIdListsShouldBeRefused()
    {
        var coupon = Percentage(10);
        var id = Guid.CreateVersion7();
        FluentActions.Invoking(() => coupon.SetScope(DiscountScope.Packages, PackageScope.Specific, [], null)).Should().Throw<DomainRuleException>().WithMessage("*packageIds*");
        FluentActions.Invoking(() => coupon.SetScope(DiscountScope.Categories, PackageScope.All, null, [])).Should().Throw<DomainRuleException>().WithMessage("*categoryIds*");
        FluentActions.Invoking(() => coupon.SetScope(DiscountScope.Categories, PackageScope.Specific, null, [id])).Should().Throw<DomainRuleException>().WithMessage("*packageScope*");
        FluentActions.Invoking(() => coupon.SetScope(DiscountScope.Store, PackageScope.All, [id], null)).Should().Throw<DomainRuleException>();
        FluentActions.Invoking(() => coupon.SetScope(DiscountScope.Packages, PackageScope.All, [id], null)).Should().Throw<DomainRuleException>();
    }

    [Test]
    public void ValidityAndLimitsShouldBeChecked()
    {
        var coupon = Percentage(10);
        FluentActions.Invoking(() => coupon.SetValidity(Now, Now)).Should().Throw<DomainRuleException>().WithMessage("*validUntil*");
        FluentActions.Invoking(() => coupon.SetValidity(Now, Now.AddDays(-1))).Should().Throw<DomainRuleException>();
        coupon.SetValidity(Now, null);
        coupon.SetValidity(null, Now);
        FluentActions.Invoking(() => coupon.SetLimits(0, null)).Should().Throw<DomainRuleException>();
        FluentActions.Invoking(() => coupon.SetLimits(null, 0)).Should().Throw<DomainRuleException>();
        coupon.SetLimits(1, 1);
        coupon.SetLimits(null, null);
    }

    [TestCase(false, null, null, 0, null, CouponStatus.Inactive)]
    [TestCase(false, -10, -1, 0, null, CouponStatus.Inactive)] // inactive wins over expired
    [TestCase(true, null, null, 0, null, CouponStatus.Active)]
    [TestCase(true, -1, 1, 4, 5, CouponStatus.Active)]
    [TestCase(true, -10, -1, 0, null, CouponStatus.Expired)]
    [TestCase(true, null, 0, 0, null, CouponStatus.Expired)] // validUntil is exclusive
    [TestCase(true, null, null, 5, 5, CouponStatus.Expired)] // used up
    [TestCase(true, 1, 10, 0, null, CouponStatus.Scheduled)]
    [TestCase(true, 0, null, 0, null, CouponStatus.Active)] // validFrom is inclusive
    [TestCase(true, 1, null, 5, 5, CouponStatus.Expired)] // used up wins over scheduled
    public void StatusRules(bool isActive, int? fromDays, int? untilDays, int used, int? maxUses, CouponStatus expected)
    {
        var coupon = Percentage(10);
        coupon.IsActive = isActive;
        coupon.SetValidity(fromDays is { } f ? Now.AddDays(f) : null, untilDays is { } u ? Now.AddDays(u) : null);
        coupon.SetLimits(maxUses, null);
        typeof(Coupon).GetProperty(nameof(Coupon.UsedCount))!.SetValue(coupon, used); // orders raise it in the database
        coupon.StatusAt(Now).Should().Be(expected);
        Coupon.Status.Is(expected, Now).Compile()(coupon).Should().BeTrue("the database filter follows the same rule");
        foreach (var other in Enum.GetValues<CouponStatus>().Where(s => s != expected))
        {
            Coupon.Status.Is(other, Now).Compile()(coupon).Should().BeFalse();
        }
    }

    [Test]
    public void IsRedeemableAtShouldMeanActive()
    {
        var coupon = Percentage(10);
        coupon.SetValidity(Now.AddDays(-1), Now.AddDays(1));
        coupon.IsRedeemableAt(Now).Should().BeTrue();
        coupon.IsRedeemableAt(Now.AddDays(2)).Should().BeFalse();
        coupon.IsRedeemableAt(Now.AddDays(-2)).Should().BeFalse();
        coupon.IsActive = false;
        coupon.IsRedeemableAt(Now).Should().BeFalse();
        coupon.UsedCount.Should().Be(0);
    }
}
