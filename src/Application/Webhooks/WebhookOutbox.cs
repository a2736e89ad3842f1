using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Webhooks;

public sealed class WebhookOutbox(IApplicationDbContext db, TimeProvider clock, IStoreReadCache cache) : IWebhookOutbox
{
    /// <summary>
    /// The store's active endpoints, oldest first, from the store read cache: every order asks, and most stores have
    /// none. An endpoint added, changed or removed is seen at once on this instance and within 2 s on the others.
    /// </summary>
    private sealed record ActiveEndpoints(IReadOnlyList<(Guid Id, string Events)> Endpoints)
    {
        public List<Guid> For(string eventType)
        {
            var token = WebhookEndpoint.EventToken(eventType);
            return Endpoints.Where(e => e.Events.Contains(token, StringComparison.Ordinal)).Select(e => e.Id).ToList();
        }
    }

    private Task<ActiveEndpoints> EndpointsAsync(Guid storeId, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(storeId, async ct => new ActiveEndpoints(
            (await db.WebhookEndpoints.AsNoTracking()
                .Where(e => e.StoreId == storeId && e.IsActive)
                .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
                .Select(e => new { e.Id, e.Events })
                .ToListAsync(ct))
            .Select(e => (e.Id, e.Events))
            .ToList()), cancellationToken);

    public Task EnqueueAsync(Guid storeId, string eventType, object data, CancellationToken cancellationToken) =>
        EnqueueAsync(storeId, eventType, _ => Task.FromResult(data), cancellationToken);

    public async Task EnqueueAsync(Guid storeId, string eventType, Func<CancellationToken, Task<object>> data, CancellationToken cancellationToken)
    {
        // The event row is written whether or not an endpoint listens (the events API keeps 30 days); it goes in the
        // caller's SaveChanges, batched with the change that raised it and the deliveries.
        var endpointIds = (await EndpointsAsync(storeId, cancellationToken)).For(eventType);
        var now = clock.GetUtcNow().UtcDateTime;
        var eventId = Guid.CreateVersion7();
        var body = WebhookPayload.Serialize(eventId, eventType, now, storeId, await data(cancellationToken));
        var storeEvent = new StoreEvent(eventId, storeId, eventType, body, now);
        db.StoreEvents.Add(storeEvent);
        var traceParent = System.Diagnostics.Activity.Current?.Id; // W3C "00-trace-span-flags" (the default id format)
        foreach (var endpointId in endpointIds)
        {
            db.WebhookDeliveries.Add(new WebhookDelivery(storeId, endpointId, eventId, eventType, body, now).TracedBy(traceParent));
        }
    }

    public async Task<bool> HasSubscribersAsync(Guid storeId, string eventType, CancellationToken cancellationToken) =>
        (await EndpointsAsync(storeId, cancellationToken)).For(eventType).Count > 0;

    public async Task<T> SaveWithEventAsync<T>(
        Guid storeId, string eventType, Func<CancellationToken, Task<T>> loadData, CancellationToken cancellationToken)
        where T : notnull
    {
        // Always one transaction now: the event is kept whether or not an endpoint listens.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var dto = await loadData(cancellationToken);
        await EnqueueAsync(storeId, eventType, dto, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return dto;
    }
}
