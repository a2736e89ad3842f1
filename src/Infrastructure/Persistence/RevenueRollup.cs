using FluxStore.Management.Domain.Analytics;
using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>
/// What one save adds to the revenue rollup (<see cref="RevenueSlot"/>, <see cref="PackageRevenueSlot"/>): the orders
/// and refunds it adds, seen in the change tracker, so no handler has to remember the rollup. Written by
/// <see cref="ApplicationDbContext"/> after the save's own statements and in its transaction, one atomic add per row
/// (<c>INSERT … ON CONFLICT DO UPDATE SET x = x + excluded.x</c>; SQL Server <c>MERGE … WITH (HOLDLOCK)</c>), rows in
/// one global order (store slot, then package rows by span, slot, package) so concurrent writers never deadlock on
/// them and never lose an increment. See docs/decisions/0024-revenue-rollup.md.
/// </summary>
internal sealed class RevenueRollup
{
    private readonly SortedDictionary<(Guid Store, int Slot), Totals> _slots = new();
    private readonly SortedDictionary<(Guid Store, short Span, int Slot, Guid Package), PackageTotals> _packages = new();

    private sealed class Totals
    {
        public long Gross;
        public long Refunded;
        public int Orders;
        public int NewCustomers;
    }

    private sealed class PackageTotals
    {
        public string Name = string.Empty;
        public long Net;
        public int Units;
    }

    /// <summary>The rollup of the orders and refunds this save adds; null when it adds none.</summary>
    public static RevenueRollup? Collect(DbContext db)
    {
        RevenueRollup? rollup = null;
        foreach (var entry in db.ChangeTracker.Entries<Order>())
        {
            if (entry.State != EntityState.Added)
            {
                continue;
            }

            var order = entry.Entity;
            rollup ??= new RevenueRollup();
            var slot = rollup.Slot(order.StoreId, order.CreatedAt);
            slot.Gross += order.TotalAmountCents;
            slot.Orders++;
            if (IsFirstOrder(db, order))
            {
                slot.NewCustomers++;
            }

            var items = order.Items.OrderBy(i => i.Position).ToList();
            var shares = Split(order.TotalAmountCents, items.Select(i => i.LineTotalCents).ToList());
            for (var i = 0; i < items.Count; i++)
            {
                rollup.AddPackage(order.StoreId, order.CreatedAt, items[i], shares[i], items[i].Quantity);
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<OrderRefund>())
        {
            if (entry.State != EntityState.Added)
            {
                continue;
            }

            var refund = entry.Entity;
            rollup ??= new RevenueRollup();
            rollup.Slot(refund.StoreId, refund.CreatedAt).Refunded += refund.AmountCents;

            // The refund's items are tracked with it (the refund is made on the loaded order).
            var items = db.ChangeTracker.Entries<OrderItem>()
                .Select(e => e.Entity)
                .Where(i => i.RefundId == refund.Id)
                .OrderBy(i => i.Position)
                .ToList();
            var shares = Split(refund.AmountCents, items.Select(i => i.LineTotalCents).ToList());
            for (var i = 0; i < items.Count; i++)
            {
                rollup.AddPackage(refund.StoreId, refund.CreatedAt, items[i], -shares[i], -items[i].Quantity);
            }
        }

        return rollup;
    }

    /// <summary>
    /// A new customer's first order: the customer row was created by this context with this order as its first
    /// (later orders of a known customer update its row without loading it).
    /// </summary>
    private static bool IsFirstOrder(DbContext db, Order order) =>
        db.ChangeTracker.Entries<Customer>().Any(c =>
            c.Entity.Id == order.CustomerId && c.Entity.OrderCount == 1 && c.Entity.LastPurchaseAt == order.CreatedAt);

    /// <summary>
    /// <paramref name="amount"/> shared in proportion to <paramref name="weights"/>, rounded down, the last share taking
    /// the rest, so the shares always add up to the amount.
    /// </summary>
    internal static long[] Split(long amount, IReadOnlyList<long> weights)
    {
        var shares = new long[weights.Count];
        var total = weights.Sum();
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            shares[i] = i == weights.Count - 1 ? amount - given
                : total == 0 ? 0
                : (long)((decimal)amount * weights[i] / total);
            given += shares[i];
        }

        return shares;
    }

    private Totals Slot(Guid storeId, DateTime at)
    {
        var key = (storeId, RevenueSlot.Of(at));
        if (!_slots.TryGetValue(key, out var totals))
        {
            _slots[key] = totals = new Totals();
        }

        return totals;
    }

    private void AddPackage(Guid storeId, DateTime at, OrderItem item, long net, int units)
    {
        var slot = RevenueSlot.Of(at);
        foreach (var (span, index) in new[] { (PackageRevenueSlot.QuarterHour, slot), (PackageRevenueSlot.Day, FloorDiv(slot, RevenueSlot.PerDay)) })
        {
            var key = (storeId, span, index, item.PackageId);
            if (!_packages.TryGetValue(key, out var totals))
            {
                _packages[key] = totals = new PackageTotals();
            }

            totals.Name = item.PackageName;
            totals.Net += net;
            totals.Units += units;
        }
    }

    private static int FloorDiv(int a, int b) => a >= 0 ? a / b : ((a + 1) / b) - 1;

    /// <summary>Adds this rollup to the stored rows, in the save's transaction.</summary>
    public async Task WriteAsync(DbContext db, bool sync, CancellationToken cancellationToken)
    {
        var sqlServer = db.Database.IsSqlServer();
        foreach (var ((store, slot), t) in _slots)
        {
            await Execute(db, sync, sqlServer
                ? SqlServerSlotUpsert(store, slot, t.Gross, t.Refunded, t.Orders, t.NewCustomers)
                : StandardSlotUpsert(store, slot, t.Gross, t.Refunded, t.Orders, t.NewCustomers), cancellationToken);
        }

        foreach (var ((store, span, slot, package), t) in _packages)
        {
            await Execute(db, sync, sqlServer
                ? SqlServerPackageUpsert(store, span, slot, package, t.Name, t.Net, t.Units)
                : StandardPackageUpsert(store, span, slot, package, t.Name, t.Net, t.Units), cancellationToken);
        }
    }

    private static async Task Execute(DbContext db, bool sync, FormattableString sql, CancellationToken cancellationToken)
    {
        if (sync)
        {
            db.Database.ExecuteSql(sql);
        }
        else
        {
            await db.Database.ExecuteSqlAsync(sql, cancellationToken);
        }
    }

    private static FormattableString StandardSlotUpsert(Guid store, int slot, long gross, long refunded, int orders, int newCustomers) => $"""
        INSERT INTO revenue_slots ("StoreId", "Slot", "GrossCents", "RefundedCents", "Orders", "NewCustomers")
        VALUES ({store}, {slot}, {gross}, {refunded}, {orders}, {newCustomers})
        ON CONFLICT ("StoreId", "Slot") DO UPDATE SET
            "GrossCents" = revenue_slots."GrossCents" + excluded."GrossCents",
            "RefundedCents" = revenue_slots."RefundedCents" + excluded."RefundedCents",
            "Orders" = revenue_slots."Orders" + excluded."Orders",
            "NewCustomers" = revenue_slots."NewCustomers" + excluded."NewCustomers"
        """;

    private static FormattableString SqlServerSlotUpsert(Guid store, int slot, long gross, long refunded, int orders, int newCustomers) => $"""
        MERGE revenue_slots WITH (HOLDLOCK) AS r
        USING (SELECT {store} AS [StoreId], {slot} AS [Slot]) AS k
        ON r.[StoreId] = k.[StoreId] AND r.[Slot] = k.[Slot]
        WHEN MATCHED THEN UPDATE SET
            [GrossCents] = r.[GrossCents] + {gross}, [RefundedCents] = r.[RefundedCents] + {refunded},
            [Orders] = r.[Orders] + {orders}, [NewCustomers] = r.[NewCustomers] + {newCustomers}
        WHEN NOT MATCHED THEN INSERT ([StoreId], [Slot], [GrossCents], [RefundedCents], [Orders], [NewCustomers])
            VALUES (k.[StoreId], k.[Slot], {gross}, {refunded}, {orders}, {newCustomers});
        """;

    private static FormattableString StandardPackageUpsert(Guid store, short span, int slot, Guid package, string name, long net, int units) => $"""
        INSERT INTO package_revenue_slots ("StoreId", "Span", "Slot", "PackageId", "PackageName", "NetCents", "Units")
        VALUES ({store}, {span}, {slot}, {package}, {name}, {net}, {units})
        ON CONFLICT ("StoreId", "Span", "Slot", "PackageId") DO UPDATE SET
            "PackageName" = excluded."PackageName",
            "NetCents" = package_revenue_slots."NetCents" + excluded."NetCents",
            "Units" = package_revenue_slots."Units" + excluded."Units"
        """;

    private static FormattableString SqlServerPackageUpsert(Guid store, short span, int slot, Guid package, string name, long net, int units) => $"""
        MERGE package_revenue_slots WITH (HOLDLOCK) AS r
        USING (SELECT {store} AS [StoreId], {span} AS [Span], {slot} AS [Slot], {package} AS [PackageId]) AS k
        ON r.[StoreId] = k.[StoreId] AND r.[Span] = k.[Span] AND r.[Slot] = k.[Slot] AND r.[PackageId] = k.[PackageId]
        WHEN MATCHED THEN UPDATE SET [PackageName] = {name}, [NetCents] = r.[NetCents] + {net}, [Units] = r.[Units] + {units}
        WHEN NOT MATCHED THEN INSERT ([StoreId], [Span], [Slot], [PackageId], [PackageName], [NetCents], [Units])
            VALUES (k.[StoreId], k.[Span], k.[Slot], k.[PackageId], {name}, {net}, {units});
        """;
}
