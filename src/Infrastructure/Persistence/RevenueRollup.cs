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
/// them and never lose an increment. See docs/decisions/0025-revenue-rollup.md.
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
    public static RevenueRollup? Collect(SaveEntries entries)
    {
        if (entries.AddedOrders.Count == 0 && entries.AddedRefunds.Count == 0)
        {
            return null;
        }

        var rollup = new RevenueRollup();
        foreach (var order in entries.AddedOrders)
        {
            var slot = rollup.Slot(order.StoreId, order.CreatedAt);
            slot.Gross += order.TotalAmountCents;
            slot.Orders++;
            if (IsFirstOrder(entries, order))
            {
                slot.NewCustomers++;
            }

            rollup.AddItems(order.StoreId, order.CreatedAt, order.TotalAmountCents, order.Items, 1);
        }

        foreach (var refund in entries.AddedRefunds)
        {
            rollup.Slot(refund.StoreId, refund.CreatedAt).Refunded += refund.AmountCents;

            // The refund's items are tracked with it (the refund is made on the loaded order).
            rollup.AddItems(refund.StoreId, refund.CreatedAt, refund.AmountCents, entries.ItemsOf(refund), -1);
        }

        return rollup;
    }

    /// <summary><paramref name="amount"/> shared over the items by their line totals, in position order, each share and unit times <paramref name="sign"/>.</summary>
    private void AddItems(Guid storeId, DateTime at, long amount, IReadOnlyCollection<OrderItem> unordered, int sign)
    {
        if (unordered.Count == 1)
        {
            var only = unordered.First();
            AddPackage(storeId, at, only, sign * amount, sign * only.Quantity);
            return;
        }

        var items = unordered.OrderBy(i => i.Position).ToList();
        var shares = Split(amount, items.Select(i => i.LineTotalCents).ToList());
        for (var i = 0; i < items.Count; i++)
        {
            AddPackage(storeId, at, items[i], sign * shares[i], sign * items[i].Quantity);
        }
    }

    /// <summary>
    /// A new customer's first order: the customer row was created by this context with this order as its first
    /// (later orders of a known customer update its row without loading it).
    /// </summary>
    private static bool IsFirstOrder(SaveEntries entries, Order order) =>
        entries.Customer(order.CustomerId) is { OrderCount: 1 } customer && customer.LastPurchaseAt == order.CreatedAt;

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
        AddPackage((storeId, PackageRevenueSlot.QuarterHour, slot, item.PackageId), item.PackageName, net, units);
        AddPackage((storeId, PackageRevenueSlot.Day, FloorDiv(slot, RevenueSlot.PerDay), item.PackageId), item.PackageName, net, units);
    }

    private void AddPackage((Guid Store, short Span, int Slot, Guid Package) key, string name, long net, int units)
    {
        if (!_packages.TryGetValue(key, out var totals))
        {
            _packages[key] = totals = new PackageTotals();
        }

        totals.Name = name;
        totals.Net += net;
        totals.Units += units;
    }

    private static int FloorDiv(int a, int b) => a >= 0 ? a / b : ((a + 1) / b) - 1;

    /// <summary>Adds this rollup to the stored rows, in the save's transaction: one command (one round trip) for all its rows.</summary>
    public async Task WriteAsync(DbContext db, bool sync, CancellationToken cancellationToken)
    {
        var sqlServer = db.Database.IsSqlServer();
        var sql = new System.Text.StringBuilder();
        var arguments = new List<object>();
        void Append(FormattableString statement)
        {
            var placeholders = new object[statement.ArgumentCount];
            for (var i = 0; i < placeholders.Length; i++)
            {
                placeholders[i] = "{" + (arguments.Count + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
            }

            sql.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, statement.Format, placeholders)).Append(";\n");
            arguments.AddRange(statement.GetArguments()!);
        }

        foreach (var ((store, slot), t) in _slots)
        {
            Append(sqlServer
                ? SqlServerSlotUpsert(store, slot, t.Gross, t.Refunded, t.Orders, t.NewCustomers)
                : StandardSlotUpsert(store, slot, t.Gross, t.Refunded, t.Orders, t.NewCustomers));
        }

        foreach (var ((store, span, slot, package), t) in _packages)
        {
            Append(sqlServer
                ? SqlServerPackageUpsert(store, span, slot, package, t.Name, t.Net, t.Units)
                : StandardPackageUpsert(store, span, slot, package, t.Name, t.Net, t.Units));
        }

        if (sync)
        {
            db.Database.ExecuteSqlRaw(sql.ToString(), arguments);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), arguments, cancellationToken);
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
