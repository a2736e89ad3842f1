using System.Diagnostics;
using FluxStore.Management.Infrastructure.Caching;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>
/// An in-memory copy of which secrets (by hash, never the secrets) are valid credentials, so a request from an address
/// throttled for bad credentials can be told apart — valid or not — without a database query for each request.
/// <para>
/// The copy follows the <see cref="IStoreChangeSignal"/> (moved by every saved change of a key or server, among others:
/// at once on the instance that saved it, within 2 s on the others via <see cref="StoreChangeWatcher"/>). A copy loaded before the latest change is stale: the next request that
/// presents a well-formed credential the copy does not hold reloads it (one query, one reload at a time) before it is
/// refused, so a key created, regenerated or revoked anywhere is judged rightly. Refusals while the copy is current cost
/// no query. While the watcher is not watching (lost connection, cache disabled) the copy counts as current for at most
/// <see cref="UnwatchedMaxAge"/>.
/// </para>
/// </summary>
public abstract class KeyDirectory(IServiceScopeFactory scopes, IStoreChangeSignal changes)
{
    /// <summary>How long a copy is trusted when no watcher reports changes made by other instances.</summary>
    public static readonly TimeSpan UnwatchedMaxAge = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>Reloads the copy unless it is current.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (IsCurrent())
        {
            return;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (IsCurrent())
            {
                return;
            }

            var generation = changes.Generation; // before the read: a change committed during it leaves the copy stale
            var startedAt = Stopwatch.GetTimestamp();
            using var scope = scopes.CreateScope();
            var entries = await LoadAsync(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>(), cancellationToken);
            _snapshot = new Snapshot(entries, generation, startedAt);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Every entry of the valid credentials, as <see cref="Holds"/> is asked about them.</summary>
    protected abstract Task<HashSet<string>> LoadAsync(ApplicationDbContext db, CancellationToken cancellationToken);

    /// <summary>In the copy while it is current (no query); false when the copy predates the latest change.</summary>
    protected bool Holds(string entry) => IsCurrent() && _snapshot!.Entries.Contains(entry);

    /// <summary>In the copy, reloaded first when it predates the latest change (so a key revoked since is not held).</summary>
    protected async ValueTask<bool> HoldsCurrentAsync(string entry, CancellationToken cancellationToken)
    {
        if (!IsCurrent())
        {
            await RefreshAsync(cancellationToken);
        }

        return _snapshot is { } snapshot && snapshot.Entries.Contains(entry);
    }

    /// <summary>Forgets the copy (tests call it between tests; the next refusal reloads it).</summary>
    public void Clear() => _snapshot = null;

    private bool IsCurrent() =>
        _snapshot is { } snapshot
        && snapshot.Generation == changes.Generation
        && (changes.IsWatched || Stopwatch.GetElapsedTime(snapshot.LoadedAt) < UnwatchedMaxAge);

    private sealed record Snapshot(HashSet<string> Entries, long Generation, long LoadedAt);
}
