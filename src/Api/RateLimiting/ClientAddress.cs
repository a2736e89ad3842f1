using System.Net;
using System.Net.Sockets;

namespace FluxStore.Management.Api.RateLimiting;

/// <summary>
/// The client address the throttles count by: the TCP peer, or the <c>X-Forwarded-For</c> address when the
/// peer is a configured proxy (the forwarded-headers middleware has already rewritten the connection).
/// An IPv4 client counts per address (also when it arrives IPv4-mapped); an IPv6 client counts by its /64, the
/// smallest block a subscriber is given, in which it can pick a fresh address for every request.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes) + "/64";
    }
}
