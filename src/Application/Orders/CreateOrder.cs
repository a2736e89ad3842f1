using FluxStore.Management.Application.Common.Telemetry;
using FluxStore.Management.Application.Bans;
using FluxStore.Management.Application.Packages;
using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Application.Sales;
using FluxStore.Management.Application.Subscriptions;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Players;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Domain.Webhooks;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Application.Orders;

/// <summary>
/// <c>POST /orders</c>: a manual order, paid at once. The order, its items, the customer's totals, the coupon use,
/// the gift card debit, subscriptions and the purchase commands queued for game servers commit together or not at all.
/// </summary>
[RequirePermission(PermissionArea.Orders, PermissionAction.Edit)]
public sealed record CreateOrderCommand : IRequest<OrderDto>, IRequiresProPlan
{
    public string? PlayerUsername { get; init; }

    /// <summary>Dashed or undashed; stored lower-case dashed.</summary>
    public string? PlayerUuid { get; init; }

    /// <summary>Stored as given, masked in every response.</summary>
    public string? Email { get; init; }

    /// <summary>Case-insensitive (peer feature).</summary>
    public string? CouponCode { get; init; }

    /// <summary>A gift card of this store pays <c>min(balance, total after coupon)</c> (case, spaces and dashes ignored).</summary>
    public string? GiftCardCode { get; init; }

    public IReadOnlyList<CreateOrderItem>? Items { get; init; }
}

public sealed record CreateOrderItem
{
    public Guid PackageId { get; init; }

    public int Quantity { get; init; } = 1;

    /// <summary>One of the package's servers; absent means every server of the package.</summary>
    public Guid? ServerId { get; init; }
}

public sealed class CreateOrderCommandValidator : AbstractValidator<CreateOrderCommand>
{
    public CreateOrderCommandValidator()
    {
        RuleFor(x => x.PlayerUsername).NotEmpty();
        RuleFor(x => x.PlayerUsername)
            .Must(PlayerIdentity.IsValidUsername)
            .When(x => !string.IsNullOrEmpty(x.PlayerUsername))
            .WithMessage($"'playerUsername' must be {PlayerIdentity.UsernameRuleText}.");
        RuleFor(x => x.PlayerUuid)
            .Must(u => u is null || PlayerIdentity.TryNormalizeUuid(u, out _))
            .WithMessage("'playerUuid' must be a UUID, with or without dashes.");
        RuleFor(x => x.Email)
            .MaximumLength(Order.EmailMaxLength)
            .EmailAddress()
            .When(x => x.Email is not null);
        RuleFor(x => x.CouponCode)
            .Must(Coupon.IsValidCode!)
            .When(x => x.CouponCode is not null)
            .WithMessage($"'couponCode' must be 1 to {Coupon.CodeMaxLength} letters, digits, '-' or '_'.");
        RuleFor(x => x.GiftCardCode)
            .NotEmpty()
            .MaximumLength(GiftCardPayment.CodeMaxLength)
            .When(x => x.GiftCardCode is not null)
            .WithMessage($"'giftCardCode' must be 1 to {GiftCardPayment.CodeMaxLength} characters.");
        RuleFor(x => x.Items)
            .NotEmpty()
            .Must(items => items is null || items.Count <= Order.MaxItems)
            .WithMessage($"'items' may hold at most {Order.MaxItems} items.");
        RuleForEach(x => x.Items).NotNull().ChildRules(item =>
        {
            item.RuleFor(i => i.PackageId).NotEmpty();
            item.RuleFor(i => i.Quantity).InclusiveBetween(1, Order.MaxQuantity);
            item.RuleFor(i => i.ServerId).Must(id => id != Guid.Empty).When(i => i.ServerId is not null)
                .WithMessage("'serverId' must not be an empty id.");
        });
    }
}

public sealed class CreateOrderCommandHandler(
    IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IWebhookOutbox webhooks, IOptions<OrderOptions> options,
    ISecretHasher hasher, IMapper mapper, IStoreReadCache cache)
    : IRequestHandler<CreateOrderCommand, OrderDto>
{
    private sealed record StoreCurrency(string Code);

    /// <summary>Attempts when a concurrent order won a race we cannot wait out (a new customer's unique key).</summary>
    private const int MaxAttempts = 4;

    public async Task<OrderDto> Handle(CreateOrderCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var now = clock.GetUtcNow().UtcDateTime;
        var username = request.PlayerUsername!.Trim();
        PlayerIdentity.TryNormalizeUuid(request.PlayerUuid, out var uuid);
        var email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
        var items = request.Items!;

        // Everything that only reads is checked before the transaction, so the transaction stays short.
        if (await BanCheck.IsBannedAsync(db, storeId, username, uuid, now, cancellationToken))
        {
            throw new RequestValidationException("playerUsername: this player is banned from the store.");
        }

        // The currency and the active sales come from the store read cache (a change is seen at once on this instance,
        // within 2 s on others); the packages themselves are read fresh, since their limits are claimed below.
        var currency = (await cache.GetOrLoadAsync(storeId, async ct => new StoreCurrency(
            await db.Stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => s.Currency).FirstAsync(ct)), cancellationToken)).Code;
        var packages = await LoadPackagesAsync(storeId, items, cancellationToken);
        var activeSales = (await PackageCatalog.GetAsync(cache, db, mapper.ConfigurationProvider, storeId, now, cancellationToken)).ActiveAt(now);
        var lines = items
            .Select(i =>
            {
                var package = packages[i.PackageId];
                var unitPrice = SalePricing.BestSalePrice(activeSales, package.Id, package.CategoryId, package.PriceCents) ?? package.PriceCents;
                return new Line(package, i.Quantity, i.ServerId, unitPrice);
            })
            .ToList();
        CheckCommandBudget(lines);
        var priced = await PriceCouponAsync(storeId, request.CouponCode, lines, now, cancellationToken);
        var totalAfterCoupon = lines.Sum(l => l.UnitPriceCents * l.Quantity) - (priced?.DiscountCents ?? 0);
        var giftCard = await GiftCardPayment.PriceAsync(
            db, hasher, storeId, request.GiftCardCode, lines.Select(l => (l.Package, l.UnitPriceCents * l.Quantity)).ToList(), totalAfterCoupon, now, cancellationToken);

        for (var attempt = 1; ; attempt++)
        {
            var added = new List<object>();
            try
            {
                var order = await PlaceAsync(storeId, username, uuid, email, currency, lines, priced, giftCard, now, added, cancellationToken);
                FluxStoreTelemetry.OrderCreated(storeId, currency, (long)(order.TotalAmount * 100), added.OfType<Domain.Plugin.PendingCommand>().Count()); // committed
                return order;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // A concurrent order created the same new customer first (or changed a row this order writes):
                // the transaction has been rolled back; forget what it added and start again, now seeing the winner.
                Forget(added);
            }
            catch (DbUpdateException)
            {
                Forget(added);
                throw new RequestValidationException("The order conflicted with concurrent changes; please retry.");
            }
        }
    }

    private async Task<OrderDto> PlaceAsync(
        Guid storeId,
        string username,
        string? uuid,
        string? email,
        string currency,
        IReadOnlyList<Line> lines,
        CouponPricing? coupon,
        GiftCardPayment.Payable? giftCard,
        DateTime now,
        List<object> added,
        CancellationToken ct)
    {
        // On SQLite this is BEGIN IMMEDIATE (the write lock is taken at once, so readers-turned-writers never
        // deadlock); on PostgreSQL, READ COMMITTED with the row locks taken below.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var order = Order.Manual(storeId, Guid.Empty, username, uuid, email, currency, now);
        var items = lines
            .Select(line => order.AddItem(line.Package.Id, line.Package.Name, line.Quantity, line.UnitPriceCents, line.ServerId))
            .ToList();

        if (coupon is not null)
        {
            order.ApplyCoupon(coupon.Coupon.Id, coupon.DiscountCents);
        }

        // 1. The customer row, locked for the rest of the transaction: concurrent orders of one player serialize
        //    here, which keeps the per-player coupon count below exact.
        var customerId = await LockOrCreateCustomerAsync(storeId, username, uuid, order.TotalAmountCents, now, added, ct);
        order.AssignCustomer(customerId);

        // 2. The coupon: per-player limit (counted under the customer lock), then one use claimed atomically.
        if (coupon is not null)
        {
            await ClaimCouponAsync(storeId, customerId, coupon.Coupon, now, ct);
        }

        // 3. Package limits: the package rows are locked (in id order, after the customer and the coupon, so
        //    concurrent orders never wait on each other in a cycle), then the sold quantities are counted.
        await ClaimPackageLimitsAsync(storeId, customerId, lines, ct);

        // 4. The gift card: its row locked and debited by min(balance, what it may pay), never below zero.
        if (giftCard is not null)
        {
            order.PayWithGiftCard(giftCard.GiftCardId, await GiftCardPayment.DebitAsync(db, storeId, giftCard, now, ct));
        }

        // 5. The order, its subscriptions and the commands for the game servers.
        db.Orders.Add(order);
        added.Add(order);
        added.AddRange(order.Items);
        //    An active subscription of the package renews (renewal commands instead of purchase ones), see SubscriptionRenewal.
        int? graceHours = null;
        var renewed = new List<Subscription>();
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var itemId = items[index].Id;
            if (line.Package is { IsSubscription: true, SubscriptionIntervalValue: { } value, SubscriptionIntervalUnit: { } unit })
            {
                graceHours ??= await db.Stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => s.SubscriptionGracePeriodHours).FirstAsync(ct);
                if (await SubscriptionRenewal.TryRenewAsync(db, storeId, username, uuid, line.Package, line.Quantity, graceHours.Value, ct) is { } renewal)
                {
                    items[index].ForSubscription(renewal.Id);
                    renewed.Add(renewal);
                    SubscriptionRenewal.QueueRenewalCommands(db, storeId, order.Id, itemId, line.Package, line.ServerId, username, uuid, line.Quantity, now);
                    continue;
                }

                var subscription = new Subscription(storeId, customerId, order.Id, username, uuid, line.Package.Id, line.Package.Name, value, unit, now)
                    .BoughtBy(itemId)
                    .WithGracePeriod(graceHours.Value);
                items[index].ForSubscription(subscription.Id);
                db.Subscriptions.Add(subscription);
                added.Add(subscription);
            }

            CommandQueue.QueuePurchaseCommands(db, storeId, order.Id, line.Package, line.ServerId, username, uuid, line.Quantity, now, itemId);
        }

        added.AddRange(db.PendingCommands.Local.Where(c => c.OrderId == order.Id));
        added.AddRange(await OrderWebhookEvents.EnqueueAsync(webhooks, mapper, storeId, order, db.Subscriptions.Local.Where(s => s.OrderId == order.Id), ct));
        foreach (var renewal in renewed)
        {
            added.AddRange(await webhooks.EnqueueAsync(storeId, WebhookEventTypes.SubscriptionRenewed, mapper.Map<SubscriptionDto>(renewal), ct));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return mapper.ConfigurationProvider.ToDto(order);
    }

    /// <summary>
    /// Finds the customer (by UUID, else by username ignoring case) and adds this order to their totals with one
    /// atomic UPDATE, which also locks the row; or creates them with this order as their first.
    /// </summary>
    private async Task<Guid> LockOrCreateCustomerAsync(
        Guid storeId, string username, string? uuid, long totalCents, DateTime now, List<object> added, CancellationToken ct)
    {
        var existing = await FindCustomerAsync(storeId, username, uuid, ct);
        if (existing is not null)
        {
            // Remember the newest name; adopt the UUID only if the row still has none (decided by the row itself,
            // not by the snapshot read above, so a concurrent adoption is never undone).
            var normalized = PlayerIdentity.NormalizeUsername(username);
            var adoptedKey = Customer.IdentityKeyOf(username, uuid);
            var hasUuid = uuid is not null;
            var updated = await db.Customers
                .Where(c => c.Id == existing.Id)
                .ExecuteUpdateAsync(
                    s => s
                        .SetProperty(c => c.TotalSpentCents, c => c.TotalSpentCents + totalCents)
                        .SetProperty(c => c.OrderCount, c => c.OrderCount + 1)
                        .SetProperty(c => c.LastPurchaseAt, now)
                        .SetProperty(c => c.PlayerUsername, username)
                        .SetProperty(c => c.NormalizedUsername, normalized)
                        .SetProperty(c => c.IdentityKey, c => hasUuid && c.PlayerUuid == null ? adoptedKey : c.IdentityKey)
                        .SetProperty(c => c.PlayerUuid, c => c.PlayerUuid ?? uuid),
                    ct);
            if (updated == 1)
            {
                return existing.Id;
            }
        }

        var customer = new Customer(storeId, username, uuid, now);
        customer.RecordFirstOrder(totalCents, now);
        db.Customers.Add(customer);
        added.Add(customer);

        // Two first orders of a new player: the second INSERT waits for the first and then violates the unique
        // identity key; the caller retries and finds the customer.
        await db.SaveChangesAsync(ct);
        return customer.Id;
    }

    private Task<Customer?> FindCustomerAsync(Guid storeId, string username, string? uuid, CancellationToken ct)
    {
        var customers = db.Customers.AsNoTracking().Where(c => c.StoreId == storeId);
        var normalized = PlayerIdentity.NormalizeUsername(username);
        return uuid is null
            ? customers.Where(c => c.NormalizedUsername == normalized)
                .OrderByDescending(c => c.LastPurchaseAt).ThenBy(c => c.Id).FirstOrDefaultAsync(ct)
            : customers.Where(c => c.PlayerUuid == uuid || (c.PlayerUuid == null && c.NormalizedUsername == normalized))
                .OrderBy(c => c.PlayerUuid == null ? 1 : 0).ThenByDescending(c => c.LastPurchaseAt).FirstOrDefaultAsync(ct);
    }

    private async Task ClaimCouponAsync(Guid storeId, Guid customerId, Coupon coupon, DateTime now, CancellationToken ct)
    {
        if (coupon.MaxUsesPerUser is { } perUser)
        {
            var used = await db.Orders.CountAsync(o => o.CustomerId == customerId && o.CouponId == coupon.Id, ct);
            if (used >= perUser)
            {
                throw new RequestValidationException($"couponCode: this player has already used the coupon {used} time(s), the most it allows.");
            }
        }

        var claimed = await db.Coupons
            .Where(c => c.Id == coupon.Id && c.StoreId == storeId)
            .Where(Coupon.Status.Is(CouponStatus.Active, now))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedCount, c => c.UsedCount + 1), ct);
        if (claimed == 0)
        {
            throw new RequestValidationException("couponCode: the coupon has been used up or is no longer valid.");
        }
    }

    /// <summary>
    /// Refuses, before anything is written, an order whose commands over its whole life would exceed
    /// <c>FluxStore:Orders:MaxCommandsPerOrder</c>: for every item, the commands of every stage the order can render
    /// (purchase and refund; renewal and expiry for a subscription) × their target servers.
    /// </summary>
    private void CheckCommandBudget(IReadOnlyList<Line> lines)
    {
        var max = options.Value.MaxCommandsPerOrder;
        var total = 0;
        foreach (var line in lines)
        {
            total += CommandQueue.CountOrderLifeCommands(line.Package, line.ServerId);
            if (total > max)
            {
                throw new RequestValidationException(
                    $"items: this order's game-server commands (purchase, refund, renewal and expiry, on every target server) would exceed {max} (FluxStore:Orders:MaxCommandsPerOrder); split it into smaller orders.");
            }
        }
    }

    /// <summary>
    /// Enforces each package's <c>globalLimit</c> (units sold to anyone) and <c>perUserLimit</c> (units sold to this
    /// customer), counting every unit not refunded. Exact under concurrency: the package row is locked with a no-op
    /// update (PostgreSQL; on SQLite the transaction already holds the write lock) before its sales are counted,
    /// so two orders never both see the last unit free. The per-user count is also covered by the customer lock.
    /// </summary>
    private async Task ClaimPackageLimitsAsync(Guid storeId, Guid customerId, IReadOnlyList<Line> lines, CancellationToken ct)
    {
        var limited = lines
            .Where(l => l.Package.GlobalLimit is not null || l.Package.PerUserLimit is not null)
            .GroupBy(l => l.Package.Id)
            .OrderBy(g => g.Key)
            .ToList();
        foreach (var group in limited)
        {
            var package = group.First().Package;
            var wanted = group.Sum(l => l.Quantity);
            await db.Packages
                .Where(p => p.Id == package.Id && p.StoreId == storeId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.GlobalLimit, p => p.GlobalLimit), ct);

            // Every unit not refunded, whatever its order's status (a partly refunded order keeps its other units);
            // a cancelled order never delivered.
            var sold = db.OrderItems
                .Where(i => i.PackageId == package.Id && i.RefundedAt == null)
                .Join(
                    db.Orders.Where(o => o.StoreId == storeId && o.Status != OrderStatus.Cancelled),
                    i => i.OrderId,
                    o => o.Id,
                    (i, o) => new { i.Quantity, o.CustomerId });
            if (package.GlobalLimit is { } global)
            {
                var total = await sold.SumAsync(x => (int?)x.Quantity, ct) ?? 0;
                if (total + wanted > global)
                {
                    throw new RequestValidationException(
                        $"items: package '{package.Name}' is limited to {global} sold in total and {Math.Max(0, global - total)} remain.");
                }
            }

            if (package.PerUserLimit is { } perUser)
            {
                var mine = await sold.Where(x => x.CustomerId == customerId).SumAsync(x => (int?)x.Quantity, ct) ?? 0;
                if (mine + wanted > perUser)
                {
                    throw new RequestValidationException(
                        $"items: package '{package.Name}' is limited to {perUser} per player and this player has {Math.Max(0, perUser - mine)} left.");
                }
            }
        }
    }

    private async Task<Dictionary<Guid, Package>> LoadPackagesAsync(Guid storeId, IReadOnlyList<CreateOrderItem> items, CancellationToken ct)
    {
        var ids = items.Select(i => i.PackageId).Distinct().ToList();
        var packages = await db.Packages.AsNoTracking()
            .Include(p => p.Servers)
            .Include(p => p.Commands)
            .AsSingleQuery() // one round trip; an order holds few packages, each with few servers and commands
            .Where(p => p.StoreId == storeId && ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, ct);

        var errors = new List<string>();
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            if (!packages.TryGetValue(item.PackageId, out var package))
            {
                errors.Add($"items[{index}].packageId: no package {item.PackageId} exists in this store.");
                continue;
            }

            if (!package.IsActive)
            {
                errors.Add($"items[{index}].packageId: package '{package.Name}' is not active.");
            }

            if (item.ServerId is { } serverId && package.Servers.All(s => s.GameServerId != serverId))
            {
                errors.Add($"items[{index}].serverId: server {serverId} is not one of the servers of package '{package.Name}'.");
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors.Distinct().ToList());
        }

        return packages;
    }

    private async Task<CouponPricing?> PriceCouponAsync(Guid storeId, string? code, IReadOnlyList<Line> lines, DateTime now, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var normalized = Coupon.NormalizeCode(code);
        var coupon = await db.Coupons.AsNoTracking()
            .Include(c => c.Packages)
            .Include(c => c.Categories)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.StoreId == storeId && c.NormalizedCode == normalized, ct)
            ?? throw new RequestValidationException("couponCode: no coupon with this code exists in this store.");
        if (!coupon.IsRedeemableAt(now))
        {
            throw new RequestValidationException($"couponCode: the coupon is {coupon.StatusAt(now).ToString().ToLowerInvariant()}.");
        }

        var eligible = lines.Where(l => coupon.AppliesTo(l.Package.Id, l.Package.CategoryId)).Sum(l => l.UnitPriceCents * l.Quantity);
        if (eligible == 0 && !lines.Any(l => coupon.AppliesTo(l.Package.Id, l.Package.CategoryId)))
        {
            throw new RequestValidationException("couponCode: the coupon does not apply to any item of this order.");
        }

        return new CouponPricing(coupon, Math.Min(coupon.DiscountFor(eligible), eligible));
    }

    /// <summary>Detaches what a failed attempt added, so the next attempt starts from a clean unit of work.</summary>
    private void Forget(IEnumerable<object> entities)
    {
        foreach (var entity in entities)
        {
            EntityEntry entry = entity switch
            {
                Customer c => db.Customers.Entry(c),
                Order o => db.Orders.Entry(o),
                OrderItem i => db.OrderItems.Entry(i),
                Subscription s => db.Subscriptions.Entry(s),
                Domain.Plugin.PendingCommand p => db.PendingCommands.Entry(p),
                Domain.Webhooks.WebhookDelivery w => db.WebhookDeliveries.Entry(w),
                _ => throw new InvalidOperationException($"Unexpected entity {entity.GetType().Name}."),
            };
            entry.State = EntityState.Detached;
        }
    }

    private sealed record Line(Package Package, int Quantity, Guid? ServerId, long UnitPriceCents);

    private sealed record CouponPricing(Coupon Coupon, long DiscountCents);
}
