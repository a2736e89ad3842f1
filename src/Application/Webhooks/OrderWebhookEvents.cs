using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Subscriptions;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Webhooks;

/// <summary>
/// <c>order.created</c> and one <c>subscription.created</c> per subscription the order started, with the Store API's
/// own DTO maps applied to the entities in memory (they are not saved yet).
/// </summary>
public static class OrderWebhookEvents
{
    public static async Task<IReadOnlyList<object>> EnqueueAsync(
        IWebhookOutbox webhooks, IMapper mapper, Guid storeId, Order order, IEnumerable<Subscription> subscriptions, CancellationToken ct)
    {
        var rows = new List<object>(await webhooks.EnqueueAsync(storeId, WebhookEventTypes.OrderCreated, _ => Task.FromResult<object>(mapper.ConfigurationProvider.ToDto(order)), ct));
        foreach (var subscription in subscriptions.ToList())
        {
            rows.AddRange(await webhooks.EnqueueAsync(storeId, WebhookEventTypes.SubscriptionCreated, mapper.Map<SubscriptionDto>(subscription), ct));
        }

        return rows;
    }
}
