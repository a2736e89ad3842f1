using System.Diagnostics;
using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>
/// An in-memory copy of the unrevoked API keys' (store, secret hash) pairs, so a request from an address
/// that is throttled for bad keys can be told apart — valid key or not — without a database query. Loaded by
/// the request that gets an address throttled (a failing request that already paid for its own lookup), at
/// most once per <see cref="MaxAge"/>; a key created after the last load and not yet used from this instance
/// is therefore refused from a throttled address until the next load.
/// </summary>
public sealed class ApiKeyDirectory(IServiceScopeFactory scopes, ISecretHasher hasher)
{
    public const string QueryTag = "api-key directory";

    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile HashSet<string>? _keys;
    private long _loadedAt = long.MinValue;

    /// <summary>True when the copy holds an unrevoked key of <paramref name="storeId"/> with this secret.</summary>
    public bool Contains(Guid storeId, string secret) =>
        _keys is { } keys && keys.Contains(Entry(storeId, hasher.Hash(secret)));

    /// <summary>Reloads the copy unless it is younger than <see cref="MaxAge"/>.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (IsFresh())
        {
            return;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh())
            {
                return;
            }

            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var rows = await db.ApiKeys.AsNoTracking()
                .TagWith(QueryTag)
                .Where(k => k.RevokedAt == null)
                .Select(k => new { k.StoreId, k.SecretHash })
                .ToListAsync(cancellationToken);
            _keys = rows.Select(r => Entry(r.StoreId, r.SecretHash)).ToHashSet(StringComparer.Ordinal);
            Interlocked.Exchange(ref _loadedAt, Stopwatch.GetTimestamp());
        }
        finally
        {
            _loading.Release();
        }
    }

    private bool IsFresh()
    {
        var loadedAt = Interlocked.Read(ref _loadedAt);
        return loadedAt != long.MinValue && Stopwatch.GetElapsedTime(loadedAt) < MaxAge;
    }

    private static string Entry(Guid storeId, byte[] hash) => storeId.ToString("N") + ":" + Convert.ToBase64String(hash);
}
