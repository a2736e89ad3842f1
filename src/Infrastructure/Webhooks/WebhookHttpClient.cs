using System.Net;
using System.Net.Sockets;

namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary>The target refused by the SSRF rule; its message names no secret and is safe to record.</summary>
public sealed class WebhookTargetRefusedException(string message) : Exception(message);

/// <summary>
/// The named <see cref="HttpClient"/> deliveries use. Its handler resolves the host itself, checks every address
/// it resolves to, and connects to a checked address, so a DNS answer cannot change between check and connect
/// (DNS rebinding). No proxy (the proxy would be what is checked), no redirects (a 3xx is a failed attempt).
/// </summary>
public static class WebhookHttpClient
{
    public const string Name = "FluxStore.Webhooks";

    public static SocketsHttpHandler CreateHandler(WebhookOptions options) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = options.RequestTimeout,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, options.AllowPrivateTargets, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new WebhookTargetRefusedException($"The host '{endpoint.Host}' did not resolve to any address.");
        }

        if (!allowPrivate && addresses.Any(a => !IpAddressClassifier.IsPublic(a)))
        {
            throw new WebhookTargetRefusedException(
                $"Refused: the host '{endpoint.Host}' resolves to a loopback, private, link-local or metadata address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
