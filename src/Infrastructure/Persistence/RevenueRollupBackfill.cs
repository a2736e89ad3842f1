using FluxStore.Management.Domain.Analytics;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>
/// The revenue rollup (<see cref="RevenueSlot"/>, <see cref="PackageRevenueSlot"/>) computed from the orders, refunds
/// and items already stored: the data step of the migration that adds it, and the benchmark seeder's last step (one
/// store, after its rows were deleted). Each statement is one <c>INSERT … SELECT … GROUP BY</c> into rows that do not
/// exist yet. An item's net share is rounded down here (the live writer gives the rounding rest to the last item), so
/// a backfilled package may differ from a live one by a cent per order; store totals are exact.
/// </summary>
public static class RevenueRollupBackfill
{
    /// <summary>The statements, in order, for a provider (<c>Sqlite</c>, <c>Postgres</c>, <c>SqlServer</c>), for every store or one.</summary>
    public static IReadOnlyList<string> Statements(DatabaseProvider provider, Guid? storeId = null)
    {
        string Slot(string column) => provider switch
        {
            DatabaseProvider.Sqlite => $"(CAST(strftime('%s', {column}) AS INTEGER) / {RevenueSlot.Minutes * 60})",
            DatabaseProvider.Postgres => $"CAST(FLOOR(EXTRACT(EPOCH FROM {column}) / {RevenueSlot.Minutes * 60}) AS integer)",
            _ => $"CAST(DATEDIFF_BIG(second, '1970-01-01', {column}) / {RevenueSlot.Minutes * 60} AS int)",
        };
        string Where(string alias) => storeId is not { } id ? string.Empty : provider switch
        {
            DatabaseProvider.Sqlite => $" WHERE {alias}.\"StoreId\" = '{id.ToString("D").ToUpperInvariant()}'",
            DatabaseProvider.Postgres => $" WHERE {alias}.\"StoreId\" = CAST('{id:D}' AS uuid)",
            _ => $" WHERE {alias}.\"StoreId\" = '{id:D}'",
        };
        var line = "(i.\"PriceAtPurchaseCents\" * i.\"Quantity\")";

        return
        [
            $"""
            INSERT INTO revenue_slots ("StoreId", "Slot", "GrossCents", "RefundedCents", "Orders", "NewCustomers")
            SELECT e."StoreId", e."Slot", SUM(e."Gross"), SUM(e."Refunded"), SUM(e."Orders"), SUM(e."New")
            FROM (
                SELECT o."StoreId", {Slot("o.\"CreatedAt\"")} AS "Slot", o."TotalAmountCents" AS "Gross", 0 AS "Refunded", 1 AS "Orders", 0 AS "New"
                FROM orders o{Where("o")}
                UNION ALL
                SELECT r."StoreId", {Slot("r.\"CreatedAt\"")}, 0, r."AmountCents", 0, 0
                FROM order_refunds r{Where("r")}
                UNION ALL
                SELECT f."StoreId", {Slot("f.\"First\"")}, 0, 0, 0, 1
                FROM (SELECT o."StoreId", o."CustomerId", MIN(o."CreatedAt") AS "First" FROM orders o{Where("o")} GROUP BY o."StoreId", o."CustomerId") f
            ) e
            GROUP BY e."StoreId", e."Slot"
            """,
            $"""
            INSERT INTO package_revenue_slots ("StoreId", "Span", "Slot", "PackageId", "PackageName", "NetCents", "Units")
            SELECT e."StoreId", {PackageRevenueSlot.QuarterHour}, e."Slot", e."PackageId", MAX(e."PackageName"), SUM(e."Net"), SUM(e."Units")
            FROM (
                SELECT o."StoreId", {Slot("o.\"CreatedAt\"")} AS "Slot", i."PackageId", i."PackageName",
                    CASE WHEN s."Lines" = 0 THEN 0 ELSE {line} * o."TotalAmountCents" / s."Lines" END AS "Net", i."Quantity" AS "Units"
                FROM order_items i
                JOIN orders o ON o."Id" = i."OrderId"
                JOIN (SELECT "OrderId", SUM("PriceAtPurchaseCents" * "Quantity") AS "Lines" FROM order_items GROUP BY "OrderId") s ON s."OrderId" = i."OrderId"{Where("o")}
                UNION ALL
                SELECT r."StoreId", {Slot("r.\"CreatedAt\"")}, i."PackageId", i."PackageName",
                    -(CASE WHEN s."Lines" = 0 THEN 0 ELSE {line} * r."AmountCents" / s."Lines" END), -i."Quantity"
                FROM order_items i
                JOIN order_refunds r ON r."Id" = i."RefundId"
                JOIN (SELECT "RefundId", SUM("PriceAtPurchaseCents" * "Quantity") AS "Lines" FROM order_items WHERE "RefundId" IS NOT NULL GROUP BY "RefundId") s ON s."RefundId" = i."RefundId"{Where("r")}
            ) e
            GROUP BY e."StoreId", e."Slot", e."PackageId"
            """,
            $"""
            INSERT INTO package_revenue_slots ("StoreId", "Span", "Slot", "PackageId", "PackageName", "NetCents", "Units")
            SELECT q."StoreId", {PackageRevenueSlot.Day}, q."Slot" / {RevenueSlot.PerDay}, q."PackageId", MAX(q."PackageName"), SUM(q."NetCents"), SUM(q."Units")
            FROM package_revenue_slots q
            WHERE q."Span" = {PackageRevenueSlot.QuarterHour}{Where("q").Replace(" WHERE ", " AND ")}
            GROUP BY q."StoreId", q."Slot" / {RevenueSlot.PerDay}, q."PackageId"
            """,
        ];
    }
}
