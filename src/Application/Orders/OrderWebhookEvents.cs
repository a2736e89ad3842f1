using FluxStore.Management.Application.Subscriptions;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Orders;

/// <summary>
/// <c>order.created</c>, then <c>subscription.created</c> per subscription the order started and
/// <c>subscription.renewed</c> per one it renewed, with the Store API's own DTO maps applied to the entities in memory
/// (they are not saved yet).
/// </summary>
public static class OrderWebhookEvents
{
    /// <summary>Raises the events; returns the order's DTO (the <c>order.created</c> payload).</summary>
    public static async Task<OrderDto> EnqueueAsync(
        IWebhookOutbox webhooks, IMapper mapper, Order order, IEnumerable<Subscription> started, IEnumerable<Subscription> renewed, CancellationToken ct)
    {
        var dto = mapper.ConfigurationProvider.ToDto(order);
        await webhooks.EnqueueAsync(order.StoreId, WebhookEventTypes.OrderCreated, dto, ct);
        foreach (var subscription in started.ToList())
        {
            await webhooks.EnqueueAsync(order.StoreId, WebhookEventTypes.SubscriptionCreated, mapper.Map<SubscriptionDto>(subscription), ct);
        }

        foreach (var subscription in renewed)
        {
            await webhooks.EnqueueAsync(order.StoreId, WebhookEventTypes.SubscriptionRenewed, mapper.Map<SubscriptionDto>(subscription), ct);
        }

        return dto;
    }
}
