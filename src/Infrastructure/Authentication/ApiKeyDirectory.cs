using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Infrastructure.Caching;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>The unrevoked API keys' (store, secret hash) pairs (see <see cref="KeyDirectory"/>).</summary>
public sealed class ApiKeyDirectory(IServiceScopeFactory scopes, IStoreChangeSignal changes, ISecretHasher hasher)
    : KeyDirectory(scopes, changes)
{
    public const string QueryTag = "api-key directory";

    /// <summary>True when the copy is current and holds an unrevoked key of <paramref name="storeId"/> with this secret (no query).</summary>
    public bool Contains(Guid storeId, string secret) => Holds(Entry(storeId, hasher.Hash(secret)));

    /// <summary>Like <see cref="Contains"/>, after reloading a copy that predates the latest store change.</summary>
    public ValueTask<bool> ContainsCurrentAsync(Guid storeId, string secret, CancellationToken cancellationToken) =>
        HoldsCurrentAsync(Entry(storeId, hasher.Hash(secret)), cancellationToken);

    protected override async Task<HashSet<string>> LoadAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.ApiKeys.AsNoTracking()
            .TagWith(QueryTag)
            .Where(k => k.RevokedAt == null)
            .Select(k => new { k.StoreId, k.SecretHash })
            .ToListAsync(cancellationToken);
        return rows.Select(r => Entry(r.StoreId, r.SecretHash)).ToHashSet(StringComparer.Ordinal);
    }

    private static string Entry(Guid storeId, byte[] hash) => storeId.ToString("N") + ":" + Convert.ToBase64String(hash);
}
