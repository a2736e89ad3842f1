using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Plugin;
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

        // Exactly the acknowledgement that marks a command executed raises its event, in the same transaction. Usually
        // one conditional UPDATE marks every candidate read just before (marking is one-way, so the marked set is a
        // subset of the candidates: equal counts mean equal sets); when a concurrent acknowledgement took some, roll
        // back and mark them one by one.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var candidates = await CandidatesAsync(pending, ids, ct);
            if (candidates.Count == 0)
            {
                return 0;
            }

            var marked = await pending.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExecutedAt, now), ct);
            if (marked == candidates.Count)
            {
                foreach (var command in candidates)
                {
                    await webhooks.EnqueueAsync(storeId, WebhookEventTypes.CommandDelivered, mapper.Map<CommandDeliveryDto>(command) with { ExecutedAt = now }, ct);
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return marked;
            }

            await transaction.RollbackAsync(ct);
        }

        await using var oneByOne = await db.Database.BeginTransactionAsync(ct);
        var acknowledged = 0;
        foreach (var command in await CandidatesAsync(pending, ids, ct))
        {
            var marked = await pending.Where(c => c.Id == command.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExecutedAt, now), ct);
            if (marked == 1)
            {
                acknowledged++;
                await webhooks.EnqueueAsync(storeId, WebhookEventTypes.CommandDelivered, mapper.Map<CommandDeliveryDto>(command) with { ExecutedAt = now }, ct);
            }
        }

        await db.SaveChangesAsync(ct);
        await oneByOne.CommitAsync(ct);
        return acknowledged;
    }

    private static Task<List<PendingCommand>> CandidatesAsync(IQueryable<PendingCommand> pending, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        pending.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.CreatedAt).ThenBy(c => c.Sequence).ToListAsync(ct);
}
