using FluxStore.Management.Application.Orders;
using FluentValidation.TestHelper;

namespace FluxStore.Management.Application.UnitTests.Orders;

public sealed class CreateOrderValidatorTests
{
    private static readonly CreateOrderCommandValidator Validator = new();

    private static CreateOrderCommand Valid => new()
    {
        PlayerUsername = "Steve",
        Items = [new CreateOrderItem { PackageId = Guid.NewGuid(), Quantity = 1, ServerId = Guid.NewGuid() }],
    };

    [Test]
    public void TheSpecBodyShouldBeValid() => Validator.TestValidate(Valid).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void OptionalFieldsShouldBeCheckedWhenSent()
    {
        Validator.TestValidate(Valid with { PlayerUuid = "069a79f444e94726a5befca90e38aaf5", Email = "steve@example.com", CouponCode = "summer25" })
            .ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Valid with { PlayerUuid = "nope" }).ShouldHaveValidationErrorFor(x => x.PlayerUuid);
        Validator.TestValidate(Valid with { Email = "nope" }).ShouldHaveValidationErrorFor(x => x.Email);
        Validator.TestValidate(Valid with { CouponCode = "no spaces" }).ShouldHaveValidationErrorFor(x => x.CouponCode);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("two words")]
    public void TheUsernameShouldBeRequiredAndWellFormed(string? name) =>
        Validator.TestValidate(Valid with { PlayerUsername = name }).ShouldHaveValidationErrorFor(x => x.PlayerUsername);

    [Test]
    public void ItemsShouldBePresentWithQuantitiesOneToAHundred()
    {
        Validator.TestValidate(Valid with { Items = null }).ShouldHaveValidationErrorFor(x => x.Items);
        Validator.TestValidate(Valid with { Items = [] }).ShouldHaveValidationErrorFor(x => x.Items);
        Validator.TestValidate(Valid with { Items = [new CreateOrderItem { PackageId = Guid.NewGuid(), Quantity = 0 }] }).IsValid.Should().BeFalse();
        Validator.TestValidate(Valid with { Items = [new CreateOrderItem { PackageId = Guid.NewGuid(), Quantity = 101 }] }).IsValid.Should().BeFalse();
        Validator.TestValidate(Valid with { Items = [new CreateOrderItem { PackageId = Guid.Empty, Quantity = 1 }] }).IsValid.Should().BeFalse();
        Validator.TestValidate(Valid with { Items = Enumerable.Range(0, 51).Select(_ => new CreateOrderItem { PackageId = Guid.NewGuid() }).ToList() })
            .ShouldHaveValidationErrorFor(x => x.Items);
    }
}
