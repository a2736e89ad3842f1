using System.Security.Cryptography;
using FluxStore.Management.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>API keys by store id plus secret hash (one indexed query that also reads the store's plan); server keys by hash.</summary>
/// <remarks>An API key found once is then served from <see cref="CredentialCache"/> while the cache may be used.</remarks>
public sealed class CredentialLookup(IApplicationDbContext db, ISecretHasher hasher, CredentialCache cache) : ICredentialLookup
{
    public async Task<ApiKeyCredential?> FindApiKeyAsync(Guid storeId, string secret, CancellationToken cancellationToken)
    {
        var hash = hasher.Hash(secret);
        if (cache.TryGet(storeId, hash, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var key = await db.ApiKeys.AsNoTracking()
            .Where(k => k.StoreId == storeId && k.SecretHash == hash)
            .Join(db.Stores, k => k.StoreId, s => s.Id, (k, s) => new
            {
                k.Id,
                k.Name,
                k.SecretHash,
                k.Permissions,
                k.ExpiresAt,
                k.RevokedAt,
                k.LastUsedAt,
                s.Plan,
                s.ProExpiresAt,
            })
            .FirstOrDefaultAsync(cancellationToken);

        if (key is null || !CryptographicOperations.FixedTimeEquals(key.SecretHash, hash))
        {
            return null;
        }

        var credential = new ApiKeyCredential(key.Id, storeId, key.Permissions, key.ExpiresAt, key.RevokedAt, key.LastUsedAt, key.Plan, key.ProExpiresAt, key.Name);
        cache.Add(hash, credential, generation);
        return credential;
    }

    public async Task<ServerKeyCredential?> FindServerKeyAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = hasher.Hash(secret);
        var server = await db.GameServers.AsNoTracking()
            .Where(s => s.KeyHash == hash)
            .Select(s => new { s.Id, s.StoreId, s.KeyHash })
            .FirstOrDefaultAsync(cancellationToken);

        return server is null || !CryptographicOperations.FixedTimeEquals(server.KeyHash, hash)
            ? null
            : new ServerKeyCredential(server.Id, server.StoreId);
    }
}
