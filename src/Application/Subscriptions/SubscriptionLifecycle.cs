using FluxStore.Management.Application.Common.Telemetry;
using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Subscriptions;

/// <summary>
/// The end of a subscription: the sweeper (period and grace over) and a cancellation. Each end is one conditional
/// UPDATE on the status (<c>WHERE Id = … AND Status = 'Active' …</c>); the package's <c>expiry</c> commands and the
/// webhook event are added only when that UPDATE changed the row, and all of it commits in one transaction, so two
/// instances, a retry or a crash never queue an expiry twice.
/// </summary>
public sealed class SubscriptionLifecycle(IApplicationDbContext db, IWebhookOutbox webhooks, IMapper mapper)
{
    /// <summary>One sweeper candidate: what the scan read (the UPDATE re-checks it against the row).</summary>
    public sealed record Candidate(Guid Id, Guid StoreId, DateTime CurrentPeriodEnd, DateTime GraceEndsAt, bool CancelAtPeriodEnd);

    /// <summary>
    /// Up to <paramref name="take"/> active subscriptions whose end (period + grace) is at or before
    /// <paramref name="now"/>, after the keyset position <paramref name="after"/>, by (end, id): the
    /// <c>(Status, GraceEndsAt, Id)</c> index serves it.
    /// </summary>
    public Task<List<Candidate>> DueAsync(DateTime now, (DateTime End, Guid Id)? after, int take, CancellationToken ct)
    {
        var due = db.Subscriptions.AsNoTracking().Where(s => s.Status == SubscriptionStatus.Active && s.GraceEndsAt <= now);
        if (after is { } position)
        {
            var (end, id) = position;
            due = due.Where(s => s.GraceEndsAt >= end && (s.GraceEndsAt > end || (s.GraceEndsAt == end && s.Id.CompareTo(id) > 0)));
        }

        return due.OrderBy(s => s.GraceEndsAt).ThenBy(s => s.Id)
            .Take(take)
            .Select(s => new Candidate(s.Id, s.StoreId, s.CurrentPeriodEnd, s.GraceEndsAt, s.CancelAtPeriodEnd))
            .ToListAsync(ct);
    }

    /// <summary>The stores' grace periods now (a changed setting wins over the copy on the subscription row).</summary>
    public Task<Dictionary<Guid, int>> GracePeriodsAsync(IReadOnlyCollection<Guid> storeIds, CancellationToken ct) =>
        db.Stores.AsNoTracking().Where(s => storeIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.SubscriptionGracePeriodHours, ct);

    /// <summary>
    /// Ends one due subscription in its own transaction (or in the caller's open one, which then commits it): <c>Expired</c> (or <c>Cancelled</c> when it was cancelled at
    /// period end), expiry commands and <c>subscription.expired</c> (<c>subscription.cancelled</c>). Returns false when
    /// another instance, a renewal or a cancellation changed the row first (nothing is written then). When the store's
    /// grace period now ends later than the row says, the row's end is moved instead.
    /// </summary>
    public async Task<bool> EndDueAsync(Candidate candidate, int graceHours, DateTime now, CancellationToken ct)
    {
        var graceEndsAt = candidate.CurrentPeriodEnd.AddHours(graceHours);
        if (graceEndsAt > now)
        {
            await db.Subscriptions
                .Where(s => s.Id == candidate.Id && s.Status == SubscriptionStatus.Active && s.CurrentPeriodEnd == candidate.CurrentPeriodEnd)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.GraceEndsAt, graceEndsAt), ct);
            return false;
        }

        var status = candidate.CancelAtPeriodEnd ? SubscriptionStatus.Cancelled : SubscriptionStatus.Expired;
        // Inside the caller's transaction when one is open (the sweeper ends a chunk per commit), else its own.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var changed = await db.Subscriptions
            .Where(s => s.Id == candidate.Id
                && s.Status == SubscriptionStatus.Active
                && s.GraceEndsAt <= now
                && s.CurrentPeriodEnd == candidate.CurrentPeriodEnd
                && s.CancelAtPeriodEnd == candidate.CancelAtPeriodEnd)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, status).SetProperty(x => x.EndedAt, now), ct);
        if (changed != 1)
        {
            return false;
        }

        var subscription = await db.Subscriptions.AsNoTracking().FirstAsync(s => s.Id == candidate.Id, ct);
        await QueueExpiryCommandsAsync(subscription, now, ct);
        await webhooks.EnqueueAsync(
            subscription.StoreId,
            status == SubscriptionStatus.Expired ? WebhookEventTypes.SubscriptionExpired : WebhookEventTypes.SubscriptionCancelled,
            mapper.Map<SubscriptionDto>(subscription),
            ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return true;
    }

    /// <summary>
    /// <c>POST …/subscriptions/{id}/cancel</c>: now (<c>Cancelled</c>, expiry commands, <c>subscription.cancelled</c>)
    /// or at period end (the mark only; the sweeper ends it). An ended subscription → 400, another store's → 404.
    /// </summary>
    public async Task<SubscriptionDto> CancelAsync(Guid storeId, Guid id, bool atPeriodEnd, DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var active = db.Subscriptions.Where(s => s.Id == id && s.StoreId == storeId && s.Status == SubscriptionStatus.Active);
        var changed = atPeriodEnd
            ? await active.ExecuteUpdateAsync(s => s.SetProperty(x => x.CancelAtPeriodEnd, true), ct)
            : await active.ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SubscriptionStatus.Cancelled).SetProperty(x => x.EndedAt, now), ct);
        var subscription = await db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.StoreId == storeId, ct)
            ?? throw new NotFoundException("Subscription");
        if (changed != 1)
        {
            throw new RequestValidationException($"Only an active subscription can be cancelled; this subscription is {subscription.Status}.");
        }

        var dto = mapper.Map<SubscriptionDto>(subscription);
        if (!atPeriodEnd)
        {
            await QueueExpiryCommandsAsync(subscription, now, ct);
            await webhooks.EnqueueAsync(storeId, WebhookEventTypes.SubscriptionCancelled, dto, ct);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return dto;
    }

    /// <summary>
    /// The package's <c>expiry</c> commands, rendered as for the purchase (its order, item name and quantity, the
    /// subscription's player) and queued to the servers of the purchase: the item's chosen server, else the servers
    /// its purchase commands went to, else the package's servers now. A deleted package queues nothing.
    /// </summary>
    private async Task QueueExpiryCommandsAsync(Subscription subscription, DateTime now, CancellationToken ct)
    {
        var package = await db.Packages.AsNoTracking()
            .Include(p => p.Servers)
            .Include(p => p.Commands)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == subscription.PackageId && p.StoreId == subscription.StoreId, ct);
        if (package is null || !package.Commands.Any(c => c.Stage == CommandStage.Expiry))
        {
            return;
        }

        var item = subscription.OrderItemId is { } itemId
            ? await db.OrderItems.AsNoTracking().Where(i => i.Id == itemId)
                .Select(i => new { i.Id, i.ServerId, i.Quantity, i.PackageName }).FirstOrDefaultAsync(ct)
            : null;
        IReadOnlyCollection<Guid> targets;
        if (item?.ServerId is { } chosen)
        {
            targets = [chosen];
        }
        else
        {
            var purchased = item is null
                ? []
                : await db.PendingCommands.AsNoTracking()
                    .Where(c => c.OrderId == subscription.OrderId && c.Stage == CommandStage.Purchase && c.OrderItemId == item.Id)
                    .Select(c => c.GameServerId).Distinct().ToListAsync(ct);
            targets = purchased.Count > 0 ? purchased : package.Servers.Select(s => s.GameServerId).Distinct().ToList();
        }

        // A server deleted since the purchase gets nothing (its queue went with it).
        var targetIds = targets.ToList();
        targets = await db.GameServers.AsNoTracking()
            .Where(g => g.StoreId == subscription.StoreId && targetIds.Contains(g.Id)).Select(g => g.Id).ToListAsync(ct);
        targets = targetIds.Where(targets.Contains).ToList();

        var sequence = (await db.PendingCommands.Where(c => c.OrderId == subscription.OrderId).MaxAsync(c => (int?)c.Sequence, ct) ?? -1) + 1;
        var commands = CommandQueue.BuildStageCommands(
            CommandStage.Expiry, subscription.StoreId, subscription.OrderId, item?.Id, package, item?.PackageName ?? subscription.PackageName,
            targets, subscription.PlayerUsername, subscription.PlayerUuid, item?.Quantity ?? 1, now, sequence);
        db.PendingCommands.AddRange(commands);
        FluxStoreTelemetry.CommandsQueuedBy(commands.Count); // counted when queued: the sweep's transaction rarely rolls back
    }
}
