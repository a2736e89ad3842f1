namespace FluxStore.Management.Api.IntegrationTests.Security;

/// <summary>
/// <c>X-Forwarded-For</c> names the client only when the peer is a configured proxy; otherwise the peer is the
/// client. Observed through the bad-key throttle, which counts per client address.
/// </summary>
public sealed class ForwardedHeadersTests(string provider) : ApiTestBase(provider)
{
    private const string Proxy = "10.1.2.3";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:InvalidKeyPermitLimit"] = "2",
        ["FluxStore:ForwardedHeaders:KnownProxies:0"] = Proxy,
        ["FluxStore:ForwardedHeaders:KnownNetworks:0"] = "192.168.50.0/24",
    };

    [Test]
    public async Task BehindAKnownProxyEachForwardedClientShouldBeCountedOnItsOwn()
    {
        var first = BadKeyFrom(Proxy, "203.0.113.10");
        await ReadErrorAsync(await first.GetAsync("/api/v1/packages"), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await first.GetAsync("/api/v1/packages"), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await first.GetAsync("/api/v1/packages"), HttpStatusCode.TooManyRequests);

        // Another client behind the same proxy (and behind a proxy of a known network) is not throttled.
        await ReadErrorAsync(await BadKeyFrom(Proxy, "203.0.113.11").GetAsync("/api/v1/packages"), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await BadKeyFrom("192.168.50.7", "203.0.113.12").GetAsync("/api/v1/packages"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task FromAnUnknownPeerTheHeaderShouldBeIgnored()
    {
        const string peer = "198.51.100.20";
        await ReadErrorAsync(await BadKeyFrom(peer, "203.0.113.20").GetAsync("/api/v1/packages"), HttpStatusCode.Unauthorized);
        await ReadErrorAsync(await BadKeyFrom(peer, "203.0.113.21").GetAsync("/api/v1/packages"), HttpStatusCode.Unauthorized);

        // A spoofed header does not give the peer a fresh allowance.
        await ReadErrorAsync(await BadKeyFrom(peer, "203.0.113.22").GetAsync("/api/v1/packages"), HttpStatusCode.TooManyRequests);
    }

    private HttpClient BadKeyFrom(string peer, string forwardedFor)
    {
        var client = WithKey($"flx_{Guid.NewGuid():N}_{new string('B', 32)}");
        client.DefaultRequestHeaders.Add(TestPeerAddress.Header, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }
}
