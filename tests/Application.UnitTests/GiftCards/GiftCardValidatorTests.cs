using FluxStore.Management.Application.Common.Models;
using FluxStore.Management.Application.GiftCards;

namespace FluxStore.Management.Application.UnitTests.GiftCards;

public sealed class GiftCardValidatorTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly CreateGiftCardCommandValidator Create = new(new FixedClock(Now));
    private static readonly UpdateGiftCardCommandValidator Update = new(new FixedClock(Now));

    private static CreateGiftCardCommand Valid => new()
    {
        Amount = 25.00m,
        ApplicationScope = "store",
        RecipientName = "John",
        RecipientEmail = "john@example.com",
        Message = "Happy Birthday!",
        ExpiresAt = Now.AddDays(1),
    };

    [Test]
    public void ShouldAcceptTheSpecExampleAndMinimalBodies()
    {
        Create.Validate(Valid).Errors.Should().BeEmpty();
        Create.Validate(new CreateGiftCardCommand { Amount = 0.01m }).Errors.Should().BeEmpty();
        Create.Validate(Valid with { ApplicationScope = "packages", PackageIds = [Guid.NewGuid()] }).Errors.Should().BeEmpty();
        Create.Validate(Valid with { ApplicationScope = "categories", CategoryIds = [Guid.NewGuid()] }).Errors.Should().BeEmpty();
    }

    [TestCase(null)]
    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("1.005")]
    [TestCase("10000000.01")]
    public void ShouldRejectBadAmountsWithOneMessage(string? amount)
    {
        var errors = Create.Validate(Valid with { Amount = amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) }).Errors;

        errors.Should().ContainSingle().Which.PropertyName.Should().BeEquivalentTo("amount");
    }

    [TestCase("john")]
    [TestCase("john@")]
    [TestCase("@example.com")]
    [TestCase("john@example")]
    [TestCase("John <john@example.com>")]
    [TestCase(" john@example.com")]
    [TestCase("john@example.com.")]
    public void ShouldRejectBadEmails(string email) =>
        Create.Validate(Valid with { RecipientEmail = email }).Errors.Should().ContainSingle().Which.PropertyName.Should().BeEquivalentTo("recipientEmail");

    [Test]
    public void ShouldRejectPastOrPresentExpiry()
    {
        Create.Validate(Valid with { ExpiresAt = Now }).Errors.Should().ContainSingle().Which.PropertyName.Should().BeEquivalentTo("expiresAt");
        Create.Validate(Valid with { ExpiresAt = Now.AddSeconds(-1) }).IsValid.Should().BeFalse();
        Create.Validate(Valid with { ExpiresAt = null }).IsValid.Should().BeTrue();
    }

    [Test]
    public void ShouldRequireIdsMatchingTheScope()
    {
        Create.Validate(Valid with { ApplicationScope = "packages" }).Errors.Should().ContainSingle().Which.PropertyName.Should().BeEquivalentTo("packageIds");
        Create.Validate(Valid with { ApplicationScope = "categories", PackageIds = [Guid.NewGuid()] }).Errors
            .Select(e => e.PropertyName.ToLowerInvariant()).Should().BeEquivalentTo("packageids", "categoryids");
        Create.Validate(Valid with { ApplicationScope = "Store" }).Errors.Should().ContainSingle().Which.PropertyName.Should().BeEquivalentTo("applicationScope");
        Create.Validate(Valid with { PackageIds = Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()).ToList(), ApplicationScope = "packages" })
            .IsValid.Should().BeFalse();
    }

    [Test]
    public void ShouldRejectOverlongTexts()
    {
        Create.Validate(Valid with { RecipientName = new string('x', 101) }).IsValid.Should().BeFalse();
        Create.Validate(Valid with { Message = new string('x', 501) }).IsValid.Should().BeFalse();
        Create.Validate(Valid with { Message = new string('x', 500) }).IsValid.Should().BeTrue();
    }

    [Test]
    public void ShouldValidateOnlyThePatchFieldsSent()
    {
        Update.Validate(new UpdateGiftCardCommand()).IsValid.Should().BeTrue();
        Update.Validate(new UpdateGiftCardCommand { RecipientName = null, RecipientEmail = null, Message = null, ExpiresAt = null }).IsValid.Should().BeTrue();
        Update.Validate(new UpdateGiftCardCommand { IsEnabled = new Optional<bool?>(null) }).Errors.Should().ContainSingle().Which.PropertyName.Should().BeEquivalentTo("isEnabled");
        Update.Validate(new UpdateGiftCardCommand { ExpiresAt = Now.AddDays(-1) }).Errors.Should().ContainSingle().Which.PropertyName.Should().BeEquivalentTo("expiresAt");
        Update.Validate(new UpdateGiftCardCommand { RecipientEmail = "nope" }).Errors.Should().ContainSingle().Which.PropertyName.Should().BeEquivalentTo("recipientEmail");
    }

    private sealed class FixedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }
}
