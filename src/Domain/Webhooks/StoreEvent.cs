using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Webhooks;

/// <summary>
/// One event a store raised (<c>order.created</c>, <c>package.updated</c>, …), kept for the events API whether or not
/// any webhook endpoint subscribes. Written in the same transaction as the change that raised it and as its outbox
/// rows (<see cref="WebhookDelivery"/>, one per subscribed endpoint, carrying the same <see cref="Id"/> as their
/// <c>EventId</c>). <see cref="Payload"/> is the exact JSON body a webhook receives. Pruned after
/// <c>FluxStore:Retention:Events</c> (30 days).
/// </summary>
public sealed class StoreEvent : IStoreOwned
{
    /// <summary>How far back the events API lists: the last 30 days.</summary>
    public static readonly TimeSpan ListWindow = TimeSpan.FromDays(30);

    private StoreEvent()
    {
    }

    public StoreEvent(Guid id, Guid storeId, string type, string payload, DateTime createdAt)
    {
        Id = id;
        StoreId = storeId;
        Type = type;
        Payload = payload;
        CreatedAt = createdAt;
    }

    /// <summary>The event id: the <c>id</c> of the body and the <c>EventId</c> of its deliveries.</summary>
    public Guid Id { get; private set; }

    public Guid StoreId { get; private set; }

    public string Type { get; private set; } = string.Empty;

    public string Payload { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }
}
