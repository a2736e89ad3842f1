using FluxStore.Management.Application.ApiKeys;
using FluxStore.Management.Application.Packages;
using FluxStore.Management.Application.Stores;

namespace FluxStore.Management.Application.UnitTests.Validators;

/// <summary>Package, store and API key rules, through the validators the application registers.</summary>
public sealed class PackageStoreAndApiKeyValidatorTests
{
    [TestCase(9.99, true)]
    [TestCase(0, true)]
    [TestCase(9.999, false)]
    [TestCase(-0.01, false)]
    [TestCase(99999999, false)]
    public void PackagePriceShouldHaveAtMostTwoDecimals(decimal price, bool valid) =>
        ProductionValidators.For<CreatePackageCommand>().Validate(new CreatePackageCommand { Name = "VIP", Price = price }).IsValid.Should().Be(valid);

    [Test]
    public void PackageErrorsShouldNameTheFieldInCamelCase()
    {
        var result = ProductionValidators.For<CreatePackageCommand>().Validate(new CreatePackageCommand { Name = "", Price = null, PerUserLimit = 0 });
        result.Errors.Select(e => e.ErrorMessage).Should().BeEquivalentTo(
            "'name' must not be empty.", "'price' must not be empty.", "'perUserLimit' must be null or between 1 and 1000000.");
    }

    [Test]
    public void UpdateShouldValidateOnlyTheFieldsSent()
    {
        var validator = ProductionValidators.For<UpdatePackageCommand>();
        validator.Validate(new UpdatePackageCommand()).IsValid.Should().BeTrue();
        validator.Validate(new UpdatePackageCommand { Description = new Optional<string?>(null) }).IsValid.Should().BeTrue();
        validator.Validate(new UpdatePackageCommand { Name = new Optional<string?>(null) }).Errors
            .Should().ContainSingle().Which.ErrorMessage.Should().Be("'name' must not be empty.");
        validator.Validate(new UpdatePackageCommand { Price = new Optional<decimal?>(1.234m) }).IsValid.Should().BeFalse();
    }

    [Test]
    public void ApiKeyValidatorShouldRejectPastExpiryAndBadPermissions()
    {
        var validator = ProductionValidators.For<CreateApiKeyCommand>();
        var result = validator.Validate(new CreateApiKeyCommand
        {
            Name = "k",
            ExpiresAt = DateTime.UtcNow.AddMinutes(-1),
            Permissions = new Dictionary<string, List<string>> { ["Orders"] = ["Delete"] },
        });
        result.Errors.Select(e => e.ErrorMessage).Should().HaveCount(2)
            .And.Contain("'expiresAt' must be in the future.")
            .And.Contain(e => e.Contains("'Delete' is not an action of Orders"));
    }

    [TestCase("USD", true)]
    [TestCase("eur", true)]
    [TestCase("XYZ", false)]
    [TestCase("US", false)]
    public void StoreCurrencyShouldBeIso4217(string currency, bool valid) =>
        ProductionValidators.For<CreateStoreCommand>().Validate(new CreateStoreCommand { Name = "s", Currency = currency }).IsValid.Should().Be(valid);
}
