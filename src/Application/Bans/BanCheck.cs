using FluxStore.Management.Domain.Players;

namespace FluxStore.Management.Application.Bans;

/// <summary>Whether a player may buy from a store (used by manual orders).</summary>
public static class BanCheck
{
    /// <summary>
    /// True when an unexpired ban of the store names <paramref name="username"/> (ignoring case) or
    /// <paramref name="uuid"/> (with or without dashes). A ban naming several identifiers matches on any of them;
    /// IP-only bans never match here. One indexed query.
    /// </summary>
    public static Task<bool> IsBannedAsync(IApplicationDbContext db, Guid storeId, string username, string? uuid, DateTime now, CancellationToken ct)
    {
        var normalizedUsername = string.IsNullOrWhiteSpace(username) ? null : PlayerIdentity.NormalizeUsername(username);
        PlayerIdentity.TryNormalizeUuid(uuid, out var canonicalUuid);
        if (normalizedUsername is null && canonicalUuid is null)
        {
            return Task.FromResult(false);
        }

        return db.Bans.AsNoTracking()
            .Where(b => b.StoreId == storeId && (b.ExpiresAt == null || b.ExpiresAt > now))
            .AnyAsync(
                b => (normalizedUsername != null && b.NormalizedUsername == normalizedUsername)
                    || (canonicalUuid != null && b.PlayerUuid == canonicalUuid),
                ct);
    }
}
