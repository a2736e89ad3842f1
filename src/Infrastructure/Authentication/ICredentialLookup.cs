namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>
/// Finds the stored credential behind a presented secret: one indexed query by hash, compared in
/// constant time. The secret itself is never stored, logged or returned.
/// </summary>
public interface ICredentialLookup
{
    /// <summary>The API key of <paramref name="storeId"/> whose secret is <paramref name="secret"/>, with its store's plan; null when none.</summary>
    Task<ApiKeyCredential?> FindApiKeyAsync(Guid storeId, string secret, CancellationToken cancellationToken);

    /// <summary>The game server whose key secret (after the prefix) is <paramref name="secret"/>; null when none.</summary>
    Task<ServerKeyCredential?> FindServerKeyAsync(string secret, CancellationToken cancellationToken);
}
