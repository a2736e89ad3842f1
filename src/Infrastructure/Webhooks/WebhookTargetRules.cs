using System.Net;
using FluxStore.Management.Application.Webhooks;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary>
/// Save-time checks: an absolute https URL (http too when private targets are allowed) whose host, if it is a
/// literal IP address, is public. Host names are checked again, on the address they resolve to, at delivery time.
/// </summary>
public sealed class WebhookTargetRules(IOptions<WebhookOptions> options) : IWebhookTargetRules
{
    public string? Check(string url)
    {
        var allowPrivate = options.Value.AllowPrivateTargets;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return "'url' must be an absolute URL.";
        }

        var schemeOk = uri.Scheme == Uri.UriSchemeHttps || (allowPrivate && uri.Scheme == Uri.UriSchemeHttp);
        if (!schemeOk)
        {
            return "'url' must use https.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "'url' must not contain credentials.";
        }

        if (!allowPrivate && IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && !IpAddressClassifier.IsPublic(address))
        {
            return "'url' must not point to a loopback, private, link-local or metadata address.";
        }

        return null;
    }
}
