using System.Net;
using FluxStore.Management.Infrastructure.Webhooks;

namespace FluxStore.Management.Infrastructure.UnitTests.Webhooks;

/// <summary>Unit tests of the SSRF address rule.</summary>
public sealed class IpAddressClassifierTests
{
    [TestCase("127.0.0.1")]
    [TestCase("127.255.255.254")]
    [TestCase("10.0.0.1")]
    [TestCase("10.255.255.255")]
    [TestCase("172.16.0.1")]
    [TestCase("172.31.255.255")]
    [TestCase("192.168.0.1")]
    [TestCase("169.254.169.254")]
    [TestCase("169.254.0.1")]
    [TestCase("100.64.0.1")]
    [TestCase("100.127.255.255")]
    [TestCase("100.100.100.200")]
    [TestCase("0.0.0.0")]
    [TestCase("0.1.2.3")]
    [TestCase("255.255.255.255")]
    [TestCase("224.0.0.1")]
    [TestCase("192.0.2.10")]
    [TestCase("198.18.0.1")]
    [TestCase("::")]
    [TestCase("::1")]
    [TestCase("fc00::1")]
    [TestCase("fd00:ec2::254")]
    [TestCase("fe80::1")]
    [TestCase("fec0::1")]
    [TestCase("ff02::1")]
    [TestCase("::ffff:127.0.0.1")]
    [TestCase("::ffff:10.0.0.1")]
    [TestCase("::ffff:169.254.169.254")]
    [TestCase("64:ff9b::a00:1")]
    [TestCase("2001:db8::1")]
    [TestCase("::127.0.0.1")]
    public void ShouldRefuseNonPublicAddresses(string address) =>
        IpAddressClassifier.IsPublic(IPAddress.Parse(address)).Should().BeFalse();

    [TestCase("8.8.8.8")]
    [TestCase("1.1.1.1")]
    [TestCase("93.184.216.34")]
    [TestCase("172.15.255.255")]
    [TestCase("172.32.0.1")]
    [TestCase("100.63.255.255")]
    [TestCase("100.128.0.1")]
    [TestCase("169.253.255.255")]
    [TestCase("11.0.0.1")]
    [TestCase("2606:4700:4700::1111")]
    [TestCase("2001:4860:4860::8888")]
    [TestCase("::ffff:8.8.8.8")]
    [TestCase("64:ff9b::808:808")]
    public void ShouldAllowPublicAddresses(string address) =>
        IpAddressClassifier.IsPublic(IPAddress.Parse(address)).Should().BeTrue();
}
