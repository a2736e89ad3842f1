using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Webhooks;

public sealed class WebhookOutbox(IApplicationDbContext db, TimeProvider clock) : IWebhookOutbox
{
    public Task<IReadOnlyList<object>> EnqueueAsync(Guid storeId, string eventType, object data, CancellationToken cancellationToken) =>
        EnqueueAsync(storeId, eventType, _ => Task.FromResult(data), cancellationToken);

    public async Task<IReadOnlyList<object>> EnqueueAsync(
        Guid storeId, string eventType, Func<CancellationToken, Task<object>> data, CancellationToken cancellationToken)
    {
        var token = WebhookEndpoint.EventToken(eventType);
        var endpointIds = await db.WebhookEndpoints.AsNoTracking()
            .Where(e => e.StoreId == storeId && e.IsActive && e.Events.Contains(token))
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        if (endpointIds.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var eventId = Guid.CreateVersion7();
        var body = WebhookPayload.Serialize(eventId, eventType, now, storeId, await data(cancellationToken));
        var rows = new List<object>(endpointIds.Count);
        foreach (var endpointId in endpointIds)
        {
            var delivery = new WebhookDelivery(storeId, endpointId, eventId, eventType, body, now);
            db.WebhookDeliveries.Add(delivery);
            rows.Add(delivery);
        }

        return rows;
    }

    public Task<bool> HasSubscribersAsync(Guid storeId, string eventType, CancellationToken cancellationToken)
    {
        var token = WebhookEndpoint.EventToken(eventType);
        return db.WebhookEndpoints.AnyAsync(e => e.StoreId == storeId && e.IsActive && e.Events.Contains(token), cancellationToken);
    }

    public async Task<T> SaveWithEventAsync<T>(
        Guid storeId, string eventType, Func<CancellationToken, Task<T>> loadData, CancellationToken cancellationToken)
        where T : notnull
    {
        if (!await HasSubscribersAsync(storeId, eventType, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            return await loadData(cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var dto = await loadData(cancellationToken);
        await EnqueueAsync(storeId, eventType, dto, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return dto;
    }
}
