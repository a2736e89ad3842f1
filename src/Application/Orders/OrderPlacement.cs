using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Orders;

namespace FluxStore.Management.Application.Orders;

/// <summary>
/// Writes a priced order in one transaction: the order, its items, the customer's totals, the coupon use, the gift
/// card debit, subscriptions, commands and events commit together or not at all. A transaction that loses a race it
/// cannot wait out (a new customer's unique key) is rolled back and tried again, now seeing the winner.
/// </summary>
public sealed class OrderPlacement(IApplicationDbContext db, OrderLimits limits, OrderFulfilment fulfilment)
{
    private const int MaxAttempts = 4;

    public async Task<PlacedOrder> PlaceAsync(OrderBuyer buyer, PricedOrder priced, DateTime now, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var trackedBefore = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
            try
            {
                return await PlaceOnceAsync(buyer, priced, now, ct);
            }
            catch (DbUpdateException)
            {
                // The transaction has been rolled back: the next attempt starts from a clean unit of work.
                foreach (var entry in db.ChangeTracker.Entries().Where(e => !trackedBefore.Contains(e.Entity)).ToList())
                {
                    entry.State = EntityState.Detached;
                }

                if (attempt == MaxAttempts)
                {
                    throw new RequestValidationException("The order conflicted with concurrent changes; please retry.");
                }
            }
        }
    }

    private async Task<PlacedOrder> PlaceOnceAsync(OrderBuyer buyer, PricedOrder priced, DateTime now, CancellationToken ct)
    {
        // On SQLite this is BEGIN IMMEDIATE (the write lock is taken at once, so readers-turned-writers never
        // deadlock); on PostgreSQL, READ COMMITTED with the row locks taken below.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var order = Order.Manual(buyer.StoreId, Guid.Empty, buyer.Username, buyer.Uuid, buyer.Email, priced.Currency, now);
        var items = priced.Lines
            .Select(line => order.AddItem(line.Package.Id, line.Package.Name, line.Quantity, line.UnitPriceCents, line.ServerId))
            .ToList();
        if (priced.Coupon is not null)
        {
            order.ApplyCoupon(priced.Coupon.Coupon.Id, priced.Coupon.DiscountCents);
        }

        // Locks are taken in one order (customer, coupon, packages by id, gift card), so concurrent orders never wait
        // on each other in a cycle. The customer lock serializes one player's orders, which keeps per-player counts exact.
        // An order that takes no other lock inserts a new customer with its own rows, at the end: the customer row
        // (and the store's customer count, which every new customer's insert updates) is then held from the order's
        // insert to its commit only, not through the whole transaction.
        var takesNoOtherLock = priced.Coupon is null && priced.GiftCard is null
            && priced.Lines.All(l => l.Package is { GlobalLimit: null, PerUserLimit: null, IsSubscription: false });
        order.AssignCustomer(await AddToCustomerAsync(buyer, order.TotalAmountCents, now, saveNewAtOnce: !takesNoOtherLock, ct));
        if (priced.Coupon is not null)
        {
            await limits.ClaimCouponAsync(buyer.StoreId, order.CustomerId, priced.Coupon.Coupon, now, ct);
        }

        await limits.ClaimPackagesAsync(buyer.StoreId, order.CustomerId, priced.Lines, ct);
        if (priced.GiftCard is not null)
        {
            order.PayWithGiftCard(priced.GiftCard.GiftCardId, await GiftCardPayment.DebitAsync(db, buyer.StoreId, priced.GiftCard, now, ct));
        }

        db.Orders.Add(order);
        var placed = await fulfilment.QueueAsync(order, buyer, priced.Lines, items, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return placed;
    }

    /// <summary>
    /// Adds this order to the customer's totals with one atomic statement that finds the customer (by UUID, else by
    /// username ignoring case) and locks the row; or creates them with this order as their first.
    /// </summary>
    private async Task<Guid> AddToCustomerAsync(OrderBuyer buyer, long totalCents, DateTime now, bool saveNewAtOnce, CancellationToken ct)
    {
        if (await db.AddOrderToCustomerAsync(buyer.StoreId, buyer.Username, buyer.Uuid, totalCents, now, ct) is { } existing)
        {
            return existing;
        }

        var customer = new Customer(buyer.StoreId, buyer.Username, buyer.Uuid, now);
        customer.RecordFirstOrder(totalCents, now);
        db.Customers.Add(customer);

        // Two first orders of a new player: the second INSERT waits for the first and then violates the unique
        // identity key; PlaceAsync tries again and finds the customer. An order that claims a coupon, limited units, a
        // gift card or a subscription saves the row here, before those claims: an order of the known player holds the
        // customer row while it waits for them, so the new row (its unique key) must be locked first, never after.
        if (saveNewAtOnce)
        {
            await db.SaveChangesAsync(ct);
        }

        return customer.Id;
    }
}

/// <summary>A committed order, its DTO (the <c>order.created</c> payload and the response) and how many commands it queued.</summary>
public sealed record PlacedOrder(Order Order, OrderDto Dto, int QueuedCommands);
