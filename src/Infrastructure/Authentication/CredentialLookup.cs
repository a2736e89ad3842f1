using System.Security.Cryptography;
using FluxStore.Management.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>API keys by store id plus secret hash (one indexed query that also reads the store's plan); server keys by hash.</summary>
public sealed class CredentialLookup(IApplicationDbContext db, ISecretHasher hasher) : ICredentialLookup
{
    public async Task<ApiKeyCredential?> FindApiKeyAsync(Guid storeId, string secret, CancellationToken cancellationToken)
    {
        var hash = hasher.Hash(secret);
        var key = await db.ApiKeys.AsNoTracking()
            .Where(k => k.StoreId == storeId && k.SecretHash == hash)
            .Join(db.Stores, k => k.StoreId, s => s.Id, (k, s) => new
            {
                k.Id,
                k.SecretHash,
                k.Permissions,
                k.ExpiresAt,
                k.RevokedAt,
                k.LastUsedAt,
                s.Plan,
                s.ProExpiresAt,
            })
            .FirstOrDefaultAsync(cancellationToken);

        return key is null || !CryptographicOperations.FixedTimeEquals(key.SecretHash, hash)
            ? null
            : new ApiKeyCredential(key.Id, storeId, key.Permissions, key.ExpiresAt, key.RevokedAt, key.LastUsedAt, key.Plan, key.ProExpiresAt);
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
