using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Infrastructure.Caching;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>The game servers' key hashes (see <see cref="KeyDirectory"/>).</summary>
public sealed class ServerKeyDirectory(IServiceScopeFactory scopes, IStoreChangeSignal changes, ISecretHasher hasher)
    : KeyDirectory(scopes, changes)
{
    public const string QueryTag = "server-key directory";

    /// <summary>True when the copy is current and holds a server whose key secret (after the prefix) is <paramref name="secret"/> (no query).</summary>
    public bool Contains(string secret) => Holds(Convert.ToBase64String(hasher.Hash(secret)));

    /// <summary>Like <see cref="Contains"/>, after reloading a copy that predates the latest store change.</summary>
    public ValueTask<bool> ContainsCurrentAsync(string secret, CancellationToken cancellationToken) =>
        HoldsCurrentAsync(Convert.ToBase64String(hasher.Hash(secret)), cancellationToken);

    protected override async Task<HashSet<string>> LoadAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        var hashes = await db.GameServers.AsNoTracking()
            .TagWith(QueryTag)
            .Select(s => s.KeyHash)
            .ToListAsync(cancellationToken);
        return hashes.Select(Convert.ToBase64String).ToHashSet(StringComparer.Ordinal);
    }
}
