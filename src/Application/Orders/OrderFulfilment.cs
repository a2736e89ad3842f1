using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Application.Subscriptions;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Subscriptions;

namespace FluxStore.Management.Application.Orders;

/// <summary>
/// What a placed order sets going, on the order's unit of work (nothing is saved here): its subscriptions, the
/// commands for the game servers and its webhook events. An item of a subscription package renews the player's
/// active subscription of it when there is one (renewal commands instead of purchase ones), see
/// <see cref="SubscriptionRenewal"/>; otherwise it starts a subscription.
/// </summary>
public sealed class OrderFulfilment(IApplicationDbContext db, IWebhookOutbox webhooks, IMapper mapper)
{
    /// <summary>Queues the order's subscriptions, commands and events; the order as placed, with its DTO (also the event's payload).</summary>
    public async Task<PlacedOrder> QueueAsync(Order order, OrderBuyer buyer, IReadOnlyList<OrderLine> lines, IReadOnlyList<OrderItem> items, DateTime now, CancellationToken ct)
    {
        var storeId = order.StoreId;
        var queued = 0;
        int? graceHours = null;
        var started = new List<Subscription>();
        var renewed = new List<Subscription>();
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var item = items[index];
            if (line.Package is { IsSubscription: true, SubscriptionIntervalValue: { } value, SubscriptionIntervalUnit: { } unit })
            {
                graceHours ??= await db.Stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => s.SubscriptionGracePeriodHours).FirstAsync(ct);
                if (await SubscriptionRenewal.TryRenewAsync(db, storeId, buyer.Username, buyer.Uuid, line.Package, line.Quantity, graceHours.Value, ct) is { } renewal)
                {
                    item.ForSubscription(renewal.Id);
                    renewed.Add(renewal);
                    queued += SubscriptionRenewal.QueueRenewalCommands(
                        db, storeId, order.Id, item.Id, line.Package, line.ServerId, buyer.Username, buyer.Uuid, line.Quantity, now, queued);
                    continue;
                }

                var subscription = new Subscription(
                        storeId, order.CustomerId, order.Id, buyer.Username, buyer.Uuid, line.Package.Id, line.Package.Name, value, unit, now)
                    .BoughtBy(item.Id)
                    .WithGracePeriod(graceHours.Value);
                item.ForSubscription(subscription.Id);
                db.Subscriptions.Add(subscription);
                started.Add(subscription);
            }

            // The order's commands so far continue its sequence, so its commands keep their order.
            var commands = CommandQueue.BuildPurchaseCommands(storeId, order.Id, line.Package, line.ServerId, buyer.Username, buyer.Uuid, line.Quantity, now, queued, item.Id);
            db.PendingCommands.AddRange(commands);
            queued += commands.Count;
        }

        var dto = await OrderWebhookEvents.EnqueueAsync(webhooks, mapper, order, started, renewed, ct);
        return new PlacedOrder(order, dto, queued);
    }
}
