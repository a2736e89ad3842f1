using System.Runtime.CompilerServices;
using System.Text;
using AutoMapper;
using FluxStore.Management.Application.Common.Telemetry;
using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Application.Subscriptions;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Plugin;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Domain.Webhooks;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Infrastructure.Subscriptions;

/// <summary>
/// Ends a chunk of due subscriptions set-based, in one transaction, with the same result as
/// <see cref="SubscriptionLifecycle.EndDueAsync"/> for each of them: one conditional
/// <c>UPDATE … WHERE Id IN (…) AND Status = 'Active' AND GraceEndsAt &lt;= now AND CurrentPeriodEnd &lt;= now − grace
/// RETURNING *</c> claims the chunk and returns the claimed rows (a row another instance, a renewal or a cancellation
/// changed first fails the condition and is not returned, so exactly-once holds as with one UPDATE per row), then their
/// packages, order items, purchase servers, existing servers and orders' last sequence are read once for the chunk,
/// and the expiry commands and <c>subscription.expired</c> (<c>.cancelled</c>) outbox rows go in with one save.
/// PostgreSQL and SQLite only (<c>RETURNING</c>); on SQL Server the sweeper keeps the per-row path.
/// </summary>
public sealed class SubscriptionChunkEnder(ApplicationDbContext db, IWebhookOutbox webhooks, IMapper mapper)
{
    public static bool IsSupported(ApplicationDbContext db) => db.Database.IsNpgsql() || db.Database.IsSqlite();

    /// <summary>
    /// Ends the given due candidates (their store's grace already checked by the caller); returns how many this call
    /// ended. Throws on any failure, with nothing of the chunk kept (its transaction is rolled back).
    /// </summary>
    public async Task<int> EndAsync(
        IReadOnlyList<SubscriptionLifecycle.Candidate> due, IReadOnlyDictionary<Guid, int> grace, DateTime now, CancellationToken ct)
    {
        if (due.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The claimed rows come back whole (RETURNING *), as the UPDATE left them: no second read.
        var rows = await db.Subscriptions.FromSql(ClaimSql(due, grace, now)).AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        if (rows.Count > 0)
        {
            // In the scan's order (end, id), as the per-row path ends them: an order's commands keep that order.
            var ended = due.Where(c => rows.ContainsKey(c.Id)).Select(c => rows[c.Id]).ToList();
            await QueueExpiryCommandsAsync(ended, now, ct);
            foreach (var subscription in ended)
            {
                var eventType = subscription.Status == SubscriptionStatus.Cancelled
                    ? WebhookEventTypes.SubscriptionCancelled
                    : WebhookEventTypes.SubscriptionExpired;
                await webhooks.EnqueueAsync(subscription.StoreId, eventType, _ => Task.FromResult<object>(mapper.Map<SubscriptionDto>(subscription)), ct);
            }

            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return rows.Count;
    }

    /// <summary>
    /// The claim: the rows still active and due by the store's grace now, set to <c>Cancelled</c> when cancelled at
    /// period end, else <c>Expired</c>. One <c>CurrentPeriodEnd</c> bound per grace period in the chunk (a renewal
    /// moved the period end past it). Table and column names as in the model (quoted for both providers).
    /// </summary>
    private static FormattableString ClaimSql(IReadOnlyList<SubscriptionLifecycle.Candidate> due, IReadOnlyDictionary<Guid, int> grace, DateTime now)
    {
        var args = new List<object>
        {
            nameof(SubscriptionStatus.Cancelled), nameof(SubscriptionStatus.Expired), now, nameof(SubscriptionStatus.Active),
        };
        var sql = new StringBuilder("""
            UPDATE subscriptions SET "Status" = CASE WHEN "CancelAtPeriodEnd" THEN {0} ELSE {1} END, "EndedAt" = {2}
            WHERE "Status" = {3} AND "GraceEndsAt" <= {2} AND (
            """);
        var first = true;
        foreach (var group in due.GroupBy(c => grace[c.StoreId]))
        {
            sql.Append(first ? "(" : " OR (");
            first = false;
            args.Add(now.AddHours(-group.Key));
            sql.Append("\"CurrentPeriodEnd\" <= {").Append(args.Count - 1).Append("} AND \"Id\" IN (");
            var firstId = true;
            foreach (var candidate in group)
            {
                args.Add(candidate.Id);
                sql.Append(firstId ? "{" : ", {").Append(args.Count - 1).Append('}');
                firstId = false;
            }

            sql.Append("))");
        }

        sql.Append(")\nRETURNING *");
        return FormattableStringFactory.Create(sql.ToString(), [.. args]);
    }

    /// <summary>
    /// <see cref="SubscriptionLifecycle"/>'s expiry commands for a chunk: each subscription's package's <c>expiry</c>
    /// commands rendered as for its purchase, to the item's chosen server, else the servers its purchase commands went
    /// to, else the package's servers now; servers deleted since get nothing; a deleted package queues nothing.
    /// </summary>
    private async Task QueueExpiryCommandsAsync(List<Subscription> ended, DateTime now, CancellationToken ct)
    {
        var packageIds = ended.Select(s => s.PackageId).Distinct().ToList();
        var packages = await db.Packages.AsNoTracking()
            .Include(p => p.Servers)
            .Include(p => p.Commands)
            .AsSplitQuery()
            .Where(p => packageIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, ct);
        var expiring = ended
            .Where(s => packages.TryGetValue(s.PackageId, out var p) && p.StoreId == s.StoreId && p.Commands.Any(c => c.Stage == CommandStage.Expiry))
            .ToList();
        if (expiring.Count == 0)
        {
            return;
        }

        var itemIds = expiring.Select(s => s.OrderItemId).OfType<Guid>().Distinct().ToList();
        var items = itemIds.Count == 0
            ? new Dictionary<Guid, ItemRow>()
            : await db.OrderItems.AsNoTracking().Where(i => itemIds.Contains(i.Id))
                .Select(i => new ItemRow(i.Id, i.ServerId, i.Quantity, i.PackageName)).ToDictionaryAsync(i => i.Id, ct);

        // The servers each item's purchase commands went to (for items without a chosen server).
        var unchosen = items.Values.Where(i => i.ServerId is null).Select(i => i.Id).ToHashSet();
        var unchosenOrders = expiring.Where(s => s.OrderItemId is { } id && unchosen.Contains(id)).Select(s => s.OrderId).Distinct().ToList();
        var purchased = unchosen.Count == 0
            ? new Dictionary<(Guid OrderId, Guid ItemId), List<Guid>>()
            : (await db.PendingCommands.AsNoTracking()
                .Where(c => unchosenOrders.Contains(c.OrderId) && c.Stage == CommandStage.Purchase && c.OrderItemId != null)
                .Select(c => new { c.OrderId, ItemId = c.OrderItemId!.Value, c.GameServerId }).Distinct().ToListAsync(ct))
            .GroupBy(c => (c.OrderId, c.ItemId))
            .ToDictionary(g => g.Key, g => g.Select(c => c.GameServerId).Distinct().ToList());

        var wanted = new Dictionary<Subscription, List<Guid>>();
        foreach (var subscription in expiring)
        {
            var item = subscription.OrderItemId is { } itemId ? items.GetValueOrDefault(itemId) : null;
            wanted[subscription] = item?.ServerId is { } chosen
                ? [chosen]
                : item is not null && purchased.TryGetValue((subscription.OrderId, item.Id), out var servers) && servers.Count > 0
                    ? servers
                    : packages[subscription.PackageId].Servers.Select(s => s.GameServerId).Distinct().ToList();
        }

        var serverIds = wanted.Values.SelectMany(t => t).Distinct().ToList();
        var serverStores = await db.GameServers.AsNoTracking().Where(g => serverIds.Contains(g.Id))
            .Select(g => new { g.Id, g.StoreId }).ToDictionaryAsync(g => g.Id, g => g.StoreId, ct);
        var orderIds = expiring.Select(s => s.OrderId).Distinct().ToList();
        var lastSequence = await db.PendingCommands.AsNoTracking().Where(c => orderIds.Contains(c.OrderId))
            .GroupBy(c => c.OrderId).Select(g => new { g.Key, Last = g.Max(c => c.Sequence) })
            .ToDictionaryAsync(g => g.Key, g => g.Last, ct);

        var commands = new List<PendingCommand>();
        foreach (var subscription in expiring)
        {
            var item = subscription.OrderItemId is { } itemId ? items.GetValueOrDefault(itemId) : null;
            var targets = wanted[subscription].Where(id => serverStores.TryGetValue(id, out var store) && store == subscription.StoreId).ToList();
            var sequence = (lastSequence.TryGetValue(subscription.OrderId, out var last) ? last : -1) + 1;
            var queued = CommandQueue.BuildStageCommands(
                CommandStage.Expiry, subscription.StoreId, subscription.OrderId, item?.Id, packages[subscription.PackageId],
                item?.PackageName ?? subscription.PackageName, targets, subscription.PlayerUsername, subscription.PlayerUuid,
                item?.Quantity ?? 1, now, sequence);
            if (queued.Count > 0)
            {
                lastSequence[subscription.OrderId] = sequence + queued.Count - 1;
                commands.AddRange(queued);
            }
        }

        db.PendingCommands.AddRange(commands);
        FluxStoreTelemetry.CommandsQueuedBy(commands.Count); // as the per-row path: counted when queued
    }

    private sealed record ItemRow(Guid Id, Guid? ServerId, int Quantity, string PackageName);
}
