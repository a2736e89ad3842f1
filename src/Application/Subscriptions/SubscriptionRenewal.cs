using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Players;
using FluxStore.Management.Domain.Subscriptions;

namespace FluxStore.Management.Application.Subscriptions;

/// <summary>
/// A manual order of a subscription package for a player who already holds an <c>Active</c> subscription of it
/// (by UUID when the order gives one, a subscription without UUID matching by name; else by username ignoring case)
/// renews that subscription instead of starting another. Runs inside the order's transaction, after the customer row
/// is locked (so two orders of one player renew one after the other).
/// </summary>
public static class SubscriptionRenewal
{
    /// <summary>
    /// Extends the matching active subscription from its current period end by one interval per unit of
    /// <paramref name="quantity"/> with one conditional UPDATE (<c>WHERE Status = 'Active' AND CurrentPeriodEnd = seen</c>:
    /// a sweep or cancellation that got there first wins, and the order then starts a new subscription). Returns the
    /// renewed subscription (not tracked) or null when there is none to renew.
    /// </summary>
    public static async Task<Subscription?> TryRenewAsync(
        IApplicationDbContext db, Guid storeId, string username, string? uuid, Package package, int quantity, int graceHours, CancellationToken ct)
    {
        if (package is not { IsSubscription: true, SubscriptionIntervalValue: { } value, SubscriptionIntervalUnit: { } unit })
        {
            return null;
        }

        var normalized = PlayerIdentity.NormalizeUsername(username);
        var active = db.Subscriptions.AsNoTracking()
            .Where(s => s.StoreId == storeId && s.PackageId == package.Id && s.Status == SubscriptionStatus.Active);
        active = uuid is null
            ? active.Where(s => s.NormalizedUsername == normalized)
            : active.Where(s => s.PlayerUuid == uuid || (s.PlayerUuid == null && s.NormalizedUsername == normalized));
        var subscription = await active.OrderBy(s => s.StartedAt).ThenBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (subscription is null)
        {
            return null;
        }

        var seenEnd = subscription.CurrentPeriodEnd;
        subscription.Renew(value, unit, quantity, graceHours);
        var changed = await db.Subscriptions
            .Where(s => s.Id == subscription.Id && s.Status == SubscriptionStatus.Active && s.CurrentPeriodEnd == seenEnd)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(x => x.CurrentPeriodEnd, subscription.CurrentPeriodEnd)
                    .SetProperty(x => x.GraceEndsAt, subscription.GraceEndsAt)
                    .SetProperty(x => x.CancelAtPeriodEnd, false)
                    .SetProperty(x => x.RenewalCount, x => x.RenewalCount + 1),
                ct);
        return changed == 1 ? subscription : null;
    }

    /// <summary>
    /// Queues (does not save) the package's <c>renewal</c> commands, to the servers a purchase would go to, numbered
    /// from <paramref name="firstSequence"/> (the order's commands queued so far); returns how many were queued.
    /// </summary>
    public static int QueueRenewalCommands(
        IApplicationDbContext db, Guid storeId, Guid orderId, Guid orderItemId, Package package, Guid? chosenServerId,
        string username, string? uuid, int quantity, DateTime now, int firstSequence)
    {
        IReadOnlyList<Guid> targets = chosenServerId is { } chosen ? [chosen] : package.Servers.Select(s => s.GameServerId).Distinct().ToList();
        var commands = CommandQueue.BuildStageCommands(
            CommandStage.Renewal, storeId, orderId, orderItemId, package, package.Name, targets, username, uuid, quantity, now, firstSequence);
        db.PendingCommands.AddRange(commands);
        return commands.Count;
    }
}
