namespace FluxStore.Management.Api.RateLimiting;

/// <summary>
/// The client address the throttles count by: the TCP peer, or the <c>X-Forwarded-For</c> address when the
/// peer is a configured proxy (the forwarded-headers middleware has already rewritten the connection).
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}
