namespace FluxStore.Management.Application.Webhooks;

/// <summary>Save-time URL rules (scheme, and literal addresses that are never allowed as targets).</summary>
public interface IWebhookTargetRules
{
    /// <summary>A readable problem with <paramref name="url"/>, or null when it may be saved.</summary>
    string? Check(string url);
}
