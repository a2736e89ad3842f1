using System.Collections.Concurrent;
using FluxStore.Management.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>
/// Keeps <c>lastUsedAt</c> current to the minute without a write per request: the authentication query
/// already read the stored value, and this process writes at most once a minute per key.
/// </summary>
public sealed class ApiKeyUsageRecorder(IServiceScopeFactory scopes, ILogger<ApiKeyUsageRecorder> logger)
{
    public static readonly TimeSpan Resolution = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Guid, DateTime> _lastWrites = new();

    /// <summary>Forgets when each key was last written (tests call it between tests).</summary>
    public void Clear() => _lastWrites.Clear();

    public async Task RecordAsync(Guid keyId, DateTime? storedLastUsedAt, DateTime now, CancellationToken cancellationToken)
    {
        if (storedLastUsedAt is { } stored && now - stored < Resolution)
        {
            return;
        }

        // The steady state once the key is cached (its stored value then stays as first read): no closure, no lock.
        if (_lastWrites.TryGetValue(keyId, out var written) && now - written < Resolution)
        {
            return;
        }

        var claimed = false;
        _lastWrites.AddOrUpdate(
            keyId,
            _ =>
            {
                claimed = true;
                return now;
            },
            (_, previous) =>
            {
                claimed = now - previous >= Resolution;
                return claimed ? now : previous;
            });
        if (!claimed)
        {
            return;
        }

        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
            await db.ApiKeys.Where(k => k.Id == keyId)
                .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Usage tracking must never fail a request.
            logger.LogWarning(ex, "Could not record API key usage for key {KeyId}", keyId);
            _lastWrites.TryRemove(keyId, out _);
        }
    }
}
