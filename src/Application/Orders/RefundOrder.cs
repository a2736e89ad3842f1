using FluxStore.Management.Application.Common.Telemetry;
using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Application.Subscriptions;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Orders;

/// <summary>
/// <c>POST /orders/{id}/refund</c>: refunds the named items, or every item not refunded yet when <c>itemIds</c> is
/// absent or empty. In one transaction: the items' <c>refundedAt</c>, the refund row and the order's status; the
/// customer's <c>totalSpent</c> lowered (never below 0); subscriptions bought by the items cancelled; purchase
/// commands not yet run cancelled and the packages' <c>refund</c> commands queued; the gift card's share credited
/// back; <c>order.refunded</c> (and <c>subscription.cancelled</c>) written to the webhook outbox.
/// </summary>
[RequirePermission(PermissionArea.Orders, PermissionAction.Edit)]
public sealed record RefundOrderCommand : IRequest<OrderDto>, IRequiresProPlan
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>Items to refund; absent or empty refunds every item not refunded yet.</summary>
    public IReadOnlyList<Guid>? ItemIds { get; init; }

    public string? Reason { get; init; }
}

public sealed class RefundOrderCommandValidator : AbstractValidator<RefundOrderCommand>
{
    public RefundOrderCommandValidator()
    {
        RuleFor(x => x.ItemIds)
            .Must(ids => ids is null || ids.Count <= Order.MaxItems)
            .WithMessage($"'itemIds' may hold at most {Order.MaxItems} ids.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count)
            .WithMessage("'itemIds' must not repeat an id.");
        RuleForEach(x => x.ItemIds).NotEmpty();
        RuleFor(x => x.Reason).MaximumLength(OrderRefund.ReasonMaxLength);
    }
}

public sealed class RefundOrderCommandHandler(
    IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IWebhookOutbox webhooks, IMapper mapper,
    Microsoft.Extensions.Options.IOptions<OrderOptions> options)
    : IRequestHandler<RefundOrderCommand, OrderDto>
{
    public async Task<OrderDto> Handle(RefundOrderCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var now = clock.GetUtcNow().UtcDateTime;
        var ct = cancellationToken;

        // SQLite: BEGIN IMMEDIATE, so refunds (and orders) run one at a time. PostgreSQL: the conditional UPDATE
        // below locks the order row until commit; a concurrent refund of the same order waits for it, then
        // re-evaluates the condition against the committed row (and reads the items afresh).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var locked = await db.Orders
            .Where(o => o.Id == request.Id && o.StoreId == storeId && (o.Status == OrderStatus.Paid || o.Status == OrderStatus.PartiallyRefunded))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.UpdatedAt, now), ct);
        if (locked == 0)
        {
            var status = await db.Orders.AsNoTracking()
                .Where(o => o.Id == request.Id && o.StoreId == storeId)
                .Select(o => (OrderStatus?)o.Status)
                .FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException("Order");
            throw new RequestValidationException($"Only a Paid or PartiallyRefunded order can be refunded; this order is {status}.");
        }

        var order = await db.Orders
            .Include(o => o.Items)
            .Include(o => o.Refunds)
            .AsSplitQuery()
            .FirstAsync(o => o.Id == request.Id && o.StoreId == storeId, ct);

        var refund = order.Refund(request.ItemIds, request.Reason, now);
        db.OrderRefunds.Add(refund);
        var items = order.Items.Where(i => i.RefundId == refund.Id).OrderBy(i => i.Position).ToList();
        var completes = order.Status == OrderStatus.Refunded;

        await LowerCustomerTotalAsync(order.CustomerId, refund.AmountCents, ct);
        await CreditGiftCardAsync(storeId, order.GiftCardId, refund.GiftCardAmountCents, now, ct);
        var cancelled = await CancelSubscriptionsAsync(storeId, order.Id, items, now, ct);
        await CancelPurchaseCommandsAsync(storeId, order.Id, items, completes, now, ct);
        var queued = await QueueRefundCommandsAsync(storeId, order, items, now, ct);

        var dto = mapper.ConfigurationProvider.ToDto(order);
        await webhooks.EnqueueAsync(storeId, WebhookEventTypes.OrderRefunded, dto, ct);
        foreach (var subscription in cancelled)
        {
            await webhooks.EnqueueAsync(storeId, WebhookEventTypes.SubscriptionCancelled, mapper.Map<SubscriptionDto>(subscription), ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // An item's "RefundedAt IS NULL" no longer held: another refund took it first.
            throw new RequestValidationException("itemIds: an item of this refund has already been refunded.");
        }

        await transaction.CommitAsync(ct);
        FluxStoreTelemetry.OrderRefunded(storeId, order.PaymentCurrency, refund.AmountCents, queued);
        return dto;
    }

    /// <summary>One atomic UPDATE; <c>orderCount</c> is kept (the order happened).</summary>
    private Task<int> LowerCustomerTotalAsync(Guid customerId, long amountCents, CancellationToken ct) =>
        db.Customers
            .Where(c => c.Id == customerId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TotalSpentCents, c => c.TotalSpentCents > amountCents ? c.TotalSpentCents - amountCents : 0), ct);

    /// <summary>Adds the gift card's share back to its balance, whatever the card's state; a deleted card gets nothing.</summary>
    private async Task CreditGiftCardAsync(Guid storeId, Guid? giftCardId, long cents, DateTime now, CancellationToken ct)
    {
        if (giftCardId is not { } cardId || cents <= 0)
        {
            return;
        }

        await db.GiftCards
            .Where(g => g.Id == cardId && g.StoreId == storeId)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.BalanceCents, g => g.BalanceCents + cents).SetProperty(g => g.UpdatedAt, now), ct);
    }

    /// <summary>
    /// Active subscriptions bought by the refunded items (rows from before items were recorded on subscriptions
    /// match by package).
    /// </summary>
    private async Task<List<Subscription>> CancelSubscriptionsAsync(Guid storeId, Guid orderId, IReadOnlyList<OrderItem> items, DateTime now, CancellationToken ct)
    {
        var subscriptions = await db.Subscriptions
            .Where(s => s.OrderId == orderId && s.StoreId == storeId && s.Status == SubscriptionStatus.Active)
            .ToListAsync(ct);
        var cancelled = new List<Subscription>();
        foreach (var subscription in subscriptions)
        {
            var bought = subscription.OrderItemId is { } itemId
                ? items.Any(i => i.Id == itemId)
                : items.Any(i => i.PackageId == subscription.PackageId);
            if (bought && subscription.Cancel(now))
            {
                cancelled.Add(subscription);
            }
        }

        return cancelled;
    }

    /// <summary>
    /// Purchase commands of the refunded items that the plugin has not acknowledged are cancelled with one
    /// conditional UPDATE (an acknowledgement racing it changes the row first or not at all). Rows without an item
    /// (queued before items were recorded) are cancelled when the refund completes the order.
    /// </summary>
    private Task<int> CancelPurchaseCommandsAsync(Guid storeId, Guid orderId, IReadOnlyList<OrderItem> items, bool completes, DateTime now, CancellationToken ct)
    {
        var itemIds = items.Select(i => (Guid?)i.Id).ToList();
        return db.PendingCommands
            .Where(c => c.OrderId == orderId && c.StoreId == storeId && c.Stage == CommandStage.Purchase
                && c.ExecutedAt == null && c.CancelledAt == null && c.FailedAt == null
                && ((c.OrderItemId != null && itemIds.Contains(c.OrderItemId)) || (c.OrderItemId == null && completes)))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CancelledAt, now), ct);
    }

    /// <summary>
    /// The packages' <c>refund</c>-stage commands, rendered for the order's player, queued to the servers the item's
    /// purchase went to: the chosen server, else the servers its purchase commands were queued for, else (the package
    /// had no purchase command for them) the package's servers now. A deleted package queues nothing.
    /// </summary>
    private async Task<int> QueueRefundCommandsAsync(Guid storeId, Order order, IReadOnlyList<OrderItem> items, DateTime now, CancellationToken ct)
    {
        var packageIds = items.Select(i => i.PackageId).Distinct().ToList();
        var packages = await db.Packages.AsNoTracking()
            .Include(p => p.Servers)
            .Include(p => p.Commands)
            .AsSplitQuery()
            .Where(p => p.StoreId == storeId && packageIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, ct);
        if (!packages.Values.Any(p => p.Commands.Any(c => c.Stage == CommandStage.Refund)))
        {
            return 0;
        }

        var itemIds = items.Select(i => (Guid?)i.Id).ToList();
        var purchaseTargets = await db.PendingCommands.AsNoTracking()
            .Where(c => c.OrderId == order.Id && c.Stage == CommandStage.Purchase && c.OrderItemId != null && itemIds.Contains(c.OrderItemId))
            .Select(c => new { c.OrderItemId, c.GameServerId })
            .Distinct()
            .ToListAsync(ct);
        var sequence = (await db.PendingCommands.Where(c => c.OrderId == order.Id).MaxAsync(c => (int?)c.Sequence, ct) ?? -1) + 1;
        var toQueue = new List<Domain.Plugin.PendingCommand>();
        var max = options.Value.MaxCommandsPerOrder;

        foreach (var item in items)
        {
            if (!packages.TryGetValue(item.PackageId, out var package))
            {
                continue;
            }

            IReadOnlyCollection<Guid> targets = item.ServerId is { } chosen
                ? [chosen]
                : purchaseTargets.Where(t => t.OrderItemId == item.Id).Select(t => t.GameServerId).ToList() is { Count: > 0 } queued
                    ? queued
                    : package.Servers.Select(s => s.GameServerId).Distinct().ToList();
            var commands = CommandQueue.BuildStageCommands(
                CommandStage.Refund, storeId, order.Id, item.Id, package, item.PackageName, targets,
                order.PlayerUsername, order.PlayerUuid, item.Quantity, now, sequence);
            sequence += commands.Count;
            toQueue.AddRange(commands);

            // The package may have gained refund commands or servers since the order was placed (when its budget
            // was checked): a refund is held to the same bound, refused before anything is saved.
            if (toQueue.Count > max)
            {
                throw new RequestValidationException(
                    $"itemIds: this refund would queue more than {max} game-server refund commands (FluxStore:Orders:MaxCommandsPerOrder); refund fewer items at a time, or reduce the package's refund commands or servers.");
            }
        }

        db.PendingCommands.AddRange(toQueue);
        return toQueue.Count;
    }
}
