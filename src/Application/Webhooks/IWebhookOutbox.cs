namespace FluxStore.Management.Application.Webhooks;

/// <summary>
/// Raises an event: writes its <c>StoreEvent</c> row (kept for the events API whether or not anyone listens) and one
/// outbox row per active endpoint of the store subscribed to the event, on the caller's unit of work. The rows are written by the caller's next <c>SaveChangesAsync</c>, so they commit (or
/// roll back) together with the change that caused the event; the dispatcher delivers them after the commit.
/// </summary>
/// <remarks>
/// Features that raise events call one method, just before their own <c>SaveChangesAsync</c>:
/// <code>await webhooks.EnqueueAsync(storeId, WebhookEventTypes.OrderRefunded, orderDto, cancellationToken);</code>
/// <c>data</c> is the DTO the Store API returns for the resource (emails already masked).
/// </remarks>
public interface IWebhookOutbox
{
    /// <summary>Adds the event row and the outbox rows to the unit of work (not saved yet).</summary>
    Task EnqueueAsync(Guid storeId, string eventType, object data, CancellationToken cancellationToken);

    /// <summary>As <see cref="EnqueueAsync(Guid,string,object,CancellationToken)"/>, building <c>data</c> with the caller's function.</summary>
    Task EnqueueAsync(Guid storeId, string eventType, Func<CancellationToken, Task<object>> data, CancellationToken cancellationToken);

    /// <summary>Whether any active endpoint of the store subscribes to <paramref name="eventType"/>.</summary>
    Task<bool> HasSubscribersAsync(Guid storeId, string eventType, CancellationToken cancellationToken);

    /// <summary>
    /// For handlers whose response DTO is read back after saving (packages): saves the pending changes, loads the
    /// DTO, enqueues it as <paramref name="eventType"/> and commits, all in one transaction, and returns the DTO.
    /// </summary>
    Task<T> SaveWithEventAsync<T>(Guid storeId, string eventType, Func<CancellationToken, Task<T>> loadData, CancellationToken cancellationToken)
        where T : notnull;
}
