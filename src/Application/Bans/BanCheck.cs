using System.Linq.Expressions;
using FluxStore.Management.Domain.Bans;
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
    public static Task<bool> IsBannedAsync(IApplicationDbContext db, Guid storeId, string username, string? uuid, DateTime now, CancellationToken ct) =>
        Matching(storeId, username, uuid, now) is { } matching
            ? db.Bans.AsNoTracking().AnyAsync(matching, ct)
            : Task.FromResult(false);

    /// <summary>
    /// The bans that refuse this player now, as a predicate a query can also use as a subquery (<c>NOT EXISTS</c>);
    /// null when the player names nothing a ban could match.
    /// </summary>
    public static Expression<Func<Ban, bool>>? Matching(Guid storeId, string username, string? uuid, DateTime now)
    {
        var normalizedUsername = string.IsNullOrWhiteSpace(username) ? null : PlayerIdentity.NormalizeUsername(username);
        PlayerIdentity.TryNormalizeUuid(uuid, out var canonicalUuid);
        if (normalizedUsername is null && canonicalUuid is null)
        {
            return null;
        }

        return b => b.StoreId == storeId && (b.ExpiresAt == null || b.ExpiresAt > now)
            && ((normalizedUsername != null && b.NormalizedUsername == normalizedUsername)
                || (canonicalUuid != null && b.PlayerUuid == canonicalUuid));
    }
}
