using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Plugin;

/// <summary>
/// The plugin's failure reports. Each is one conditional UPDATE of a pending command of the caller: when it has been
/// handed out <c>maxAttempts</c> times it is marked failed (raising <c>command.failed</c> exactly once, in the same
/// transaction), otherwise its lease is released so the next poll offers it again. Both record the reason.
/// </summary>
public static class CommandFailedEvents
{
    public static async Task<int> ReportAsync(
        IApplicationDbContext db,
        IWebhookOutbox webhooks,
        IMapper mapper,
        Guid storeId,
        Guid serverId,
        IReadOnlyList<(Guid Id, string? Reason)> failures,
        int maxAttempts,
        DateTime now,
        CancellationToken ct)
    {
        var pending = db.PendingCommands.Where(c => c.GameServerId == serverId && c.StoreId == storeId
            && c.ExecutedAt == null && c.CancelledAt == null && c.FailedAt == null);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var recorded = 0;
        foreach (var (id, reason) in failures)
        {
            var gaveUp = await pending.Where(c => c.Id == id && c.Attempts >= maxAttempts).ExecuteUpdateAsync(
                s => s.SetProperty(c => c.FailedAt, now).SetProperty(c => c.LastError, reason).SetProperty(c => c.LeasedUntil, (DateTime?)null),
                ct);
            if (gaveUp == 1)
            {
                recorded++;
                var command = await db.PendingCommands.AsNoTracking().SingleAsync(c => c.Id == id, ct);
                await webhooks.EnqueueAsync(storeId, WebhookEventTypes.CommandFailed, mapper.Map<CommandDeliveryDto>(command), ct);

                continue;
            }

            // Attempts left: back in the queue at once (the lease released), offered again by the next poll.
            recorded += await pending.Where(c => c.Id == id && c.Attempts < maxAttempts).ExecuteUpdateAsync(
                s => s.SetProperty(c => c.LastError, reason).SetProperty(c => c.LeasedUntil, (DateTime?)null),
                ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return recorded;
    }
}
