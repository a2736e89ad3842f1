using System.Net;
using System.Net.Sockets;

namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary>
/// Which addresses a webhook may reach: only public unicast ones. Loopback, private (RFC 1918, fc00::/7), link-local
/// (169.254/16 with the cloud metadata address, fe80::/10), CGNAT (100.64/10), unspecified, multicast, broadcast,
/// documentation/benchmark ranges and reserved space are refused; IPv4-mapped and NAT64 IPv6 addresses are judged
/// by the IPv4 address inside them.
/// </summary>
public static class IpAddressClassifier
{
    private static readonly (uint Network, int Prefix)[] BlockedV4 =
    [
        (V4(0, 0, 0, 0), 8), // "this network", unspecified
        (V4(10, 0, 0, 0), 8), // private
        (V4(100, 64, 0, 0), 10), // CGNAT (also 100.100.100.200, a cloud metadata address)
        (V4(127, 0, 0, 0), 8), // loopback
        (V4(169, 254, 0, 0), 16), // link-local, 169.254.169.254 metadata
        (V4(172, 16, 0, 0), 12), // private
        (V4(192, 0, 0, 0), 24), // IETF protocol assignments
        (V4(192, 0, 2, 0), 24), // TEST-NET-1
        (V4(192, 88, 99, 0), 24), // 6to4 relay anycast
        (V4(192, 168, 0, 0), 16), // private
        (V4(198, 18, 0, 0), 15), // benchmarking
        (V4(198, 51, 100, 0), 24), // TEST-NET-2
        (V4(203, 0, 113, 0), 24), // TEST-NET-3
        (V4(224, 0, 0, 0), 4), // multicast
        (V4(240, 0, 0, 0), 4), // reserved, broadcast
    ];

    /// <summary>True when a webhook may connect to <paramref name="address"/>.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        var value = (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]);
        foreach (var (network, prefix) in BlockedV4)
        {
            var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
            if ((value & mask) == network)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        if ((bytes[0] & 0xFE) == 0xFC)
        {
            return false; // fc00::/7 unique local (includes fd00:ec2::254, a metadata address)
        }

        if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0D && bytes[3] == 0xB8)
        {
            return false; // 2001:db8::/32 documentation
        }

        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xFF && bytes[3] == 0x9B && bytes[4..12].All(b => b == 0))
        {
            return IsPublicV4(new IPAddress(bytes[12..])); // 64:ff9b::/96 NAT64: the IPv4 address inside decides
        }

        if (bytes[..12].All(b => b == 0))
        {
            return false; // ::/96 (IPv4-compatible, deprecated) and the unspecified/loopback neighbours
        }

        return (bytes[0] & 0xE0) == 0x20; // only global unicast 2000::/3 is routable on the internet
    }

    private static uint V4(byte a, byte b, byte c, byte d) => (uint)(a << 24 | b << 16 | c << 8 | d);
}
