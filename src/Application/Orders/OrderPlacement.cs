using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Players;

namespace FluxStore.Management.Application.Orders;

/// <summary>
/// Writes a priced order in one transaction: the order, its items, the customer's totals, the coupon use, the gift
/// card debit, subscriptions, commands and events commit together or not at all. A transaction that loses a race it
/// cannot wait out (a new customer's unique key) is rolled back and tried again, now seeing the winner.
/// </summary>
public sealed class OrderPlacement(IApplicationDbContext db, OrderLimits limits, OrderFulfilment fulfilment)
{
    private const int MaxAttempts = 4;

    public async Task<Order> PlaceAsync(OrderBuyer buyer, PricedOrder priced, DateTime now, CancellationToken ct)
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

    private async Task<Order> PlaceOnceAsync(OrderBuyer buyer, PricedOrder priced, DateTime now, CancellationToken ct)
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
        order.AssignCustomer(await AddToCustomerAsync(buyer, order.TotalAmountCents, now, ct));
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
        await fulfilment.QueueAsync(order, buyer, priced.Lines, items, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return order;
    }

    /// <summary>
    /// Finds the customer (by UUID, else by username ignoring case) and adds this order to their totals with one
    /// atomic UPDATE, which also locks the row; or creates them with this order as their first.
    /// </summary>
    private async Task<Guid> AddToCustomerAsync(OrderBuyer buyer, long totalCents, DateTime now, CancellationToken ct)
    {
        var (username, uuid) = (buyer.Username, buyer.Uuid);
        var existing = await FindCustomerAsync(buyer.StoreId, username, uuid, ct);
        if (existing is not null)
        {
            // The UUID is adopted only if the row still has none, decided by the row itself (not by the snapshot read
            // above), so a concurrent adoption is never undone.
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

        var customer = new Customer(buyer.StoreId, username, uuid, now);
        customer.RecordFirstOrder(totalCents, now);
        db.Customers.Add(customer);

        // Two first orders of a new player: the second INSERT waits for the first and then violates the unique
        // identity key; PlaceAsync tries again and finds the customer.
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
}
