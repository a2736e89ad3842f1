using FluxStore.Management.Application.Bans;
using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.Coupons;
using FluxStore.Management.Application.Sales;

namespace FluxStore.Management.Application.UnitTests.Promotions;

/// <summary>Coupon, sale and ban rules, through the validators the application registers.</summary>
public sealed class PromotionValidatorTests
{
    private static readonly CreateCouponCommand ValidCoupon = new()
    {
        Code = "WELCOME10",
        DiscountType = "percentage",
        DiscountValue = 10,
        ApplicationScope = "packages",
        PackageScope = "all",
        MaxUses = 500,
    };

    [Test]
    public void SpecCouponShouldPass() =>
        ProductionValidators.For<CreateCouponCommand>().Validate(ValidCoupon).IsValid.Should().BeTrue();

    [Test]
    public void CouponProblemsShouldEachBeReported()
    {
        var result = ProductionValidators.For<CreateCouponCommand>().Validate(ValidCoupon with
        {
            Code = "no spaces",
            DiscountType = "fixed",
            DiscountValue = 1.234m,
            ApplicationScope = "Packages",
            MaxUses = 0,
            ValidFrom = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc),
            ValidUntil = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        });
        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo("code", "discountValue", "applicationScope", "maxUses", "validUntil");
    }

    [TestCase("percentage", 100, true)]
    [TestCase("percentage", 100.01, false)]
    [TestCase("percentage", 0.01, true)]
    [TestCase("fixed", 150, true)]
    [TestCase("fixed", 0, false)]
    [TestCase("fixed", -1, false)]
    public void DiscountValueDependsOnTheType(string type, decimal value, bool valid) =>
        ProductionValidators.For<CreateCouponCommand>().Validate(ValidCoupon with { DiscountType = type, DiscountValue = value }).IsValid.Should().Be(valid);

    [Test]
    public void CouponPatchShouldRefuseNullOnRequiredFieldsOnly()
    {
        var validator = ProductionValidators.For<UpdateCouponCommand>();
        validator.Validate(new UpdateCouponCommand()).IsValid.Should().BeTrue();
        validator.Validate(new UpdateCouponCommand { MaxUses = new Optional<int?>(null), ValidUntil = new Optional<DateTime?>(null) }).IsValid.Should().BeTrue();
        validator.Validate(new UpdateCouponCommand { Code = new Optional<string?>(null) }).Errors.Should().ContainSingle(e => e.PropertyName == "code");
        ShouldRefuse(validator, new UpdateCouponCommand { IsActive = new Optional<bool?>(null) }, "isActive", "'isActive' cannot be null.");
        ShouldRefuse(validator, new UpdateCouponCommand { DiscountValue = new Optional<decimal?>(null) }, "discountValue", "'discountValue' cannot be null.");
        ShouldRefuse(validator, new UpdateCouponCommand { MaxUsesPerUser = 0 }, "maxUsesPerUser", "'maxUsesPerUser' must be null (unlimited) or at least 1.");
    }

    [Test]
    public void SaleRules()
    {
        var valid = new CreateSaleCommand
        {
            Name = "Summer Sale",
            DiscountPercentage = 30,
            ApplicationScope = "store",
            StartDate = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc),
            EndDate = new DateTime(2026, 6, 30, 23, 59, 59, DateTimeKind.Utc),
        };
        var validator = ProductionValidators.For<CreateSaleCommand>();
        validator.Validate(valid).IsValid.Should().BeTrue();
        ShouldRefuse(validator, valid with { DiscountPercentage = 30.001m }, "discountPercentage",
            "'discountPercentage' must be greater than 0 and at most 100, with at most two decimal places.");
        ShouldRefuse(validator, valid with { DiscountPercentage = null }, "discountPercentage", "'discountPercentage' must not be empty.");
        ShouldRefuse(validator, valid with { EndDate = valid.StartDate }, "endDate", "'endDate' must be after 'startDate'.");
        ShouldRefuse(validator, valid with { ApplicationScope = "everything" }, "applicationScope", "'applicationScope' must be one of \"store\", \"categories\", \"packages\".");
        ShouldRefuse(validator, valid with { Name = new string('n', 101) }, "name", "The length of 'name' must be 100 characters or fewer. You entered 101 characters.");
    }

    [Test]
    public void BanRules()
    {
        var validator = ProductionValidators.For<CreateBanCommand>();
        validator.Validate(new CreateBanCommand { PlayerUsername = "griefer", Reason = "Fraud" }).IsValid.Should().BeTrue();
        validator.Validate(new CreateBanCommand { IpAddress = "192.168.1.100" }).IsValid.Should().BeTrue();
        ShouldRefuse(validator, new CreateBanCommand { Reason = "only a reason" }, "playerUsername",
            "A ban needs at least one of 'playerUsername', 'playerUuid' or 'ipAddress'.");
        ShouldRefuse(validator, new CreateBanCommand { IpAddress = "300.1.1.1" }, "ipAddress", "'ipAddress' must be a valid IPv4 or IPv6 address.");
        ShouldRefuse(validator, new CreateBanCommand { PlayerUuid = "nope" }, "playerUuid", "'playerUuid' must be a UUID, with or without dashes.");
        ShouldRefuse(validator, new CreateBanCommand { PlayerUsername = "x", Reason = new string('r', 501) }, "reason", "The length of 'reason' must be 500 characters or fewer. You entered 501 characters.");
    }

    [TestCase("active", true)]
    [TestCase("Expired", true)]
    [TestCase("scheduled", true)]
    [TestCase("inactive", true)]
    [TestCase("ended", false)]
    [TestCase("", true)]
    public void CouponStatusFilterWords(string status, bool valid) =>
        ProductionValidators.For<ListCouponsQuery>().Validate(new ListCouponsQuery { Status = status }).IsValid.Should().Be(valid);

    [TestCase(0, false)]
    [TestCase(1, true)]
    [TestCase(100, true)]
    [TestCase(101, false)]
    public void TakeShouldBeOneToHundred(int take, bool valid)
    {
        ProductionValidators.For<ListSalesQuery>().Validate(new ListSalesQuery { Take = take }).IsValid.Should().Be(valid);
        ProductionValidators.For<ListBansQuery>().Validate(new ListBansQuery { Take = take }).IsValid.Should().Be(valid);
    }

    /// <summary>The command is refused for one reason: <paramref name="property"/>, with <paramref name="message"/>.</summary>
    private static void ShouldRefuse<T>(FluentValidation.IValidator<T> validator, T command, string property, string message)
    {
        var error = validator.Validate(command).Errors.Should().ContainSingle().Subject;
        error.PropertyName.Should().Be(property);
        error.ErrorMessage.Should().Be(message);
    }
}
