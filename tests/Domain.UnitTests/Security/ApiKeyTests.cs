using FluxStore.Management.Domain.ApiKeys;
using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Security;
using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Domain.UnitTests.Security;

public sealed class ApiKeyTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void FormatAndParseShouldRoundTrip()
    {
        var storeId = Guid.CreateVersion7();
        var secret = new string('a', 16) + new string('Z', 8) + "01234567";
        var key = ApiKey.Format(storeId, secret);

        key.Should().Be($"flx_{storeId:N}_{secret}");
        ApiKey.TryParse(key, out var parsedStore, out var parsedSecret).Should().BeTrue();
        parsedStore.Should().Be(storeId);
        parsedSecret.Should().Be(secret);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("flx_XXXX_XXXXXXXX")]
    [TestCase("flx_0123456789abcdef0123456789abcdef_short")]
    [TestCase("abc_0123456789abcdef0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("flx_0123456789abcdef0123456789abcdeg_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("flx_0123456789abcdef0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!")]
    [TestCase("flx_0123456789abcdef0123456789abcdef-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void ParseShouldRejectMalformedKeys(string? key) =>
        ApiKey.TryParse(key, out _, out _).Should().BeFalse();

    [Test]
    public void StatusShouldFollowRevocationAndExpiry()
    {
        ApiKey.StatusAt(null, null, Now).Should().Be(ApiKeyStatus.Active);
        ApiKey.StatusAt(null, Now.AddSeconds(1), Now).Should().Be(ApiKeyStatus.Active);
        ApiKey.StatusAt(null, Now, Now).Should().Be(ApiKeyStatus.Expired);
        ApiKey.StatusAt(Now.AddDays(-1), Now.AddDays(1), Now).Should().Be(ApiKeyStatus.Revoked);
    }

    [Test]
    public void RegenerateShouldReplaceTheSecretButNotForRevokedKeys()
    {
        var key = new ApiKey(Guid.NewGuid(), "k", PermissionSet.Of([new Permission(PermissionArea.Packages, PermissionAction.View)]), null, [1], "AAAA", Now);
        key.Regenerate([2], "BBBB");
        key.SecretHash.Should().Equal(2);
        key.Permissions.Should().Be("Packages:View");

        key.Revoke(Now);
        key.Invoking(k => k.Regenerate([3], "CCCC")).Should().Throw<DomainRuleException>();
    }

    [Test]
    public void KeysNeedAtLeastOnePermission() =>
        FluentActions.Invoking(() => new ApiKey(Guid.NewGuid(), "k", PermissionSet.Empty, null, [1], "AAAA", Now))
            .Should().Throw<DomainRuleException>();

    [Test]
    public void ProShouldBeActiveOnlyWhileTheTermRuns()
    {
        Store.IsProActive(StorePlan.Pro, null, Now).Should().BeTrue();
        Store.IsProActive(StorePlan.Pro, Now.AddMinutes(1), Now).Should().BeTrue();
        Store.IsProActive(StorePlan.Pro, Now, Now).Should().BeFalse();
        Store.IsProActive(StorePlan.Free, null, Now).Should().BeFalse();
    }
}
