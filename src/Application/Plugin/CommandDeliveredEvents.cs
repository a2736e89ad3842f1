using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Plugin;

/// <summary>The plugin's acknowledgement, raising <c>command.delivered</c> for each command it newly marks executed.</summary>
public static class CommandDeliveredEvents
{
    public static async Task<int> AcknowledgeAsync(
        IApplicationDbContext db, IWebhookOutbox webhooks, IMapper mapper, Guid storeId, Guid serverId, IReadOnlyList<Guid> ids, DateTime now, CancellationToken ct)
    {
        // A command a refund cancelled while the plugin held it may still have run: its acknowledgement is recorded
        // (the delivery then reads "delivered"), so the owner sees what happened on the server.
        var pending = db.PendingCommands.Where(c => c.GameServerId == serverId && c.StoreId == storeId && c.ExecutedAt == null && c.FailedAt == null);
        if (!await webhooks.HasSubscribersAsync(storeId, WebhookEventTypes.CommandDelivered, ct))
        {
            // One conditional UPDATE: concurrent or repeated acknowledgements cannot double-count.
            return await pending.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExecutedAt, now), ct);
        }

        // Someone listens: one conditional UPDATE per command, so exactly the acknowledgement that marks a command
        // executed raises its event, in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var candidates = await pending.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.CreatedAt).ThenBy(c => c.Sequence).ToListAsync(ct);
        var acknowledged = 0;
        foreach (var command in candidates)
        {
            var marked = await pending.Where(c => c.Id == command.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExecutedAt, now), ct);
            if (marked == 1)
            {
                acknowledged++;
                await webhooks.EnqueueAsync(storeId, WebhookEventTypes.CommandDelivered, mapper.Map<CommandDeliveryDto>(command) with { ExecutedAt = now }, ct);
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return acknowledged;
    }
}
