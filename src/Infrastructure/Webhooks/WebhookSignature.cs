using System.Security.Cryptography;
using System.Text;

namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary><c>FluxStore-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret, "t.body")&gt;</c>.</summary>
public static class WebhookSignature
{
    public const string Header = "FluxStore-Signature";
    public const string EventIdHeader = "FluxStore-Event-Id";

    public static string Create(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
