namespace FluxStore.Management.Application.Webhooks;

/// <summary>Returned by create and roll-secret only: the signing secret, shown this once.</summary>
public sealed record WebhookEndpointCreatedDto : WebhookEndpointDto
{
    /// <summary><c>whsec_…</c>: the HMAC-SHA256 key is the UTF-8 bytes of this whole string.</summary>
    public string Secret { get; init; } = string.Empty;
}
