using FluxStore.Management.Application.Common.Configuration;
using System.Net;

namespace FluxStore.Management.Infrastructure.RateLimiting;

/// <summary>
/// <c>FluxStore:ForwardedHeaders:*</c>: the reverse proxies whose <c>X-Forwarded-For</c> is believed. Empty by
/// default, so the header is ignored and the client address is the TCP peer. Validated at start-up.
/// </summary>
public sealed class ForwardedHeadersSettings : IValidatedOptions
{
    public const string Section = "FluxStore:ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public IEnumerable<IPAddress> Proxies() => KnownProxies.Select(p => IPAddress.Parse(p.Trim()));

    public IEnumerable<IPNetwork> Networks() => KnownNetworks.Select(n => IPNetwork.Parse(n.Trim()));

    public IEnumerable<string> Problems()
    {
        for (var i = 0; i < KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(KnownProxies[i]?.Trim(), out _))
                yield return $"{Section}:KnownProxies:{i} must be an IP address (got '{KnownProxies[i]}').";
        }

        for (var i = 0; i < KnownNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(KnownNetworks[i]?.Trim(), out _))
                yield return $"{Section}:KnownNetworks:{i} must be a network in CIDR notation, e.g. 10.0.0.0/8 (got '{KnownNetworks[i]}').";
        }
    }
}
