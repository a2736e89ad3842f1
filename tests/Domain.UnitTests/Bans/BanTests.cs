using FluxStore.Management.Domain.Bans;
using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Players;

namespace FluxStore.Management.Domain.UnitTests.Bans;

public sealed class BanTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 0, 0, 0, DateTimeKind.Utc);

    [TestCase("069a79f4-44e9-4726-a5be-fca90e38aaf5", "069a79f4-44e9-4726-a5be-fca90e38aaf5")]
    [TestCase("069A79F444E94726A5BEFCA90E38AAF5", "069a79f4-44e9-4726-a5be-fca90e38aaf5")]
    [TestCase(" 069a79f444e94726a5befca90e38aaf5 ", "069a79f4-44e9-4726-a5be-fca90e38aaf5")]
    [TestCase("{069a79f4-44e9-4726-a5be-fca90e38aaf5}", null)]
    [TestCase("069a79f4", null)]
    [TestCase("", null)]
    public void UuidShouldBeNormalizedToLowerCaseDashed(string text, string? expected)
    {
        PlayerIdentity.TryNormalizeUuid(text, out var canonical).Should().Be(expected is not null);
        canonical.Should().Be(expected);
    }

    [TestCase("192.168.1.100", "192.168.1.100")]
    [TestCase("2001:0DB8::0001", "2001:db8::1")]
    [TestCase("::1", "::1")]
    [TestCase("10.1", null)]
    [TestCase("1", null)]
    [TestCase("256.1.1.1", null)]
    [TestCase("fe80::1%eth0", null)]
    [TestCase("example.com", null)]
    public void IpShouldBeValidatedAndNormalized(string text, string? expected)
    {
        Ban.TryNormalizeIp(text, out var canonical).Should().Be(expected is not null);
        canonical.Should().Be(expected);
    }

    [Test]
    public void TargetNeedsAtLeastOneIdentifier()
    {
        var ban = new Ban(Guid.CreateVersion7(), Now);
        FluentActions.Invoking(() => ban.SetTarget(null, " ", "")).Should().Throw<DomainRuleException>().WithMessage("*at least one*");
        ban.SetTarget(" Griefer ", null, null);
        ban.PlayerUsername.Should().Be("Griefer");
        ban.NormalizedUsername.Should().Be("GRIEFER");
        FluentActions.Invoking(() => ban.SetTarget("a b", null, null)).Should().Throw<DomainRuleException>();
    }

    [Test]
    public void ExpiryShouldBeInTheFutureAndDecideTheStatus()
    {
        var ban = new Ban(Guid.CreateVersion7(), Now);
        FluentActions.Invoking(() => ban.SetExpiry(Now, Now)).Should().Throw<DomainRuleException>().WithMessage("*expiresAt*");
        ban.SetExpiry(null, Now);
        ban.StatusAt(Now.AddYears(50)).Should().Be(BanStatus.Active);
        ban.SetExpiry(Now.AddDays(1), Now);
        ban.IsActiveAt(Now).Should().BeTrue();
        ban.StatusAt(Now.AddDays(1)).Should().Be(BanStatus.Expired);
    }
}
