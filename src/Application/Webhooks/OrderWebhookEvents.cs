using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Subscriptions;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Webhooks;

/// <summary><c>order.created</c> and one <c>subscription.created</c> per subscription the order started.</summary>
public static class OrderWebhookEvents
{
    public static async Task<IReadOnlyList<object>> EnqueueAsync(
        IWebhookOutbox webhooks, Guid storeId, Order order, IEnumerable<Subscription> subscriptions, CancellationToken ct)
    {
        var rows = new List<object>(await webhooks.EnqueueAsync(storeId, WebhookEventTypes.OrderCreated, OrderDto.From(order), ct));
        foreach (var subscription in subscriptions.ToList())
        {
            rows.AddRange(await webhooks.EnqueueAsync(storeId, WebhookEventTypes.SubscriptionCreated, ToDto(subscription), ct));
        }

        return rows;
    }

    /// <summary>The Store API's subscription DTO for a subscription not saved yet: the one mapping the Store API uses.</summary>
    public static SubscriptionDto ToDto(Subscription subscription) => SubscriptionQueries.From(subscription);
}
