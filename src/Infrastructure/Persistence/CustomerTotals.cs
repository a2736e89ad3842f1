using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Players;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>
/// Adds an order to a known customer's totals (<see cref="Application.Common.Interfaces.IApplicationDbContext.AddOrderToCustomerAsync"/>):
/// on PostgreSQL and SQLite one <c>UPDATE … WHERE "Id" = (the customer found by UUID, else by username) RETURNING "Id"</c>,
/// so finding, updating and locking the row is one round trip; on SQL Server a read, then an atomic <c>UPDATE</c> by id.
/// </summary>
internal static class CustomerTotals
{
    // The UUID is adopted only if the row still has none, decided by the row itself, so a concurrent adoption is never
    // undone (both SET expressions read the row as it was).
    private const string Update = """
        UPDATE customers SET
            "TotalSpentCents" = "TotalSpentCents" + {0},
            "OrderCount" = "OrderCount" + 1,
            "LastPurchaseAt" = {1},
            "PlayerUsername" = {2},
            "NormalizedUsername" = {3}
        """;

    private const string AdoptUuid = """
        ,
            "IdentityKey" = CASE WHEN "PlayerUuid" IS NULL THEN {6} ELSE "IdentityKey" END,
            "PlayerUuid" = COALESCE("PlayerUuid", {5})
        """;

    private const string ByUsername = """

        WHERE "Id" = (SELECT c."Id" FROM customers AS c WHERE c."StoreId" = {4} AND c."NormalizedUsername" = {3}
            ORDER BY c."LastPurchaseAt" DESC, c."Id" LIMIT 1)
        RETURNING "Id" AS "Value"
        """;

    private const string ByUuid = """

        WHERE "Id" = (SELECT c."Id" FROM customers AS c
            WHERE c."StoreId" = {4} AND (c."PlayerUuid" = {5} OR (c."PlayerUuid" IS NULL AND c."NormalizedUsername" = {3}))
            ORDER BY CASE WHEN c."PlayerUuid" IS NULL THEN 1 ELSE 0 END, c."LastPurchaseAt" DESC, c."Id" LIMIT 1)
        RETURNING "Id" AS "Value"
        """;

    public static async Task<Guid?> AddOrderAsync(
        ApplicationDbContext db, Guid storeId, string username, string? uuid, long totalCents, DateTime now, CancellationToken ct)
    {
        var normalized = PlayerIdentity.NormalizeUsername(username);
        if (db.Database.IsSqlServer())
        {
            return await ReadThenUpdateAsync(db, storeId, username, normalized, uuid, totalCents, now, ct);
        }

        var ids = uuid is null
            ? await db.Database.SqlQueryRaw<Guid>(Update + ByUsername, totalCents, now, username, normalized, storeId).ToListAsync(ct)
            : await db.Database.SqlQueryRaw<Guid>(
                Update + AdoptUuid + ByUuid, totalCents, now, username, normalized, storeId, uuid, Customer.IdentityKeyOf(username, uuid)).ToListAsync(ct);
        return ids.Count == 0 ? null : ids[0];
    }

    private static async Task<Guid?> ReadThenUpdateAsync(
        ApplicationDbContext db, Guid storeId, string username, string normalized, string? uuid, long totalCents, DateTime now, CancellationToken ct)
    {
        var customers = db.Customers.AsNoTracking().Where(c => c.StoreId == storeId);
        var existing = await (uuid is null
            ? customers.Where(c => c.NormalizedUsername == normalized)
                .OrderByDescending(c => c.LastPurchaseAt).ThenBy(c => c.Id)
            : customers.Where(c => c.PlayerUuid == uuid || (c.PlayerUuid == null && c.NormalizedUsername == normalized))
                .OrderBy(c => c.PlayerUuid == null ? 1 : 0).ThenByDescending(c => c.LastPurchaseAt).ThenBy(c => c.Id))
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(ct);
        if (existing is not { } id)
        {
            return null;
        }

        var adoptedKey = Customer.IdentityKeyOf(username, uuid);
        var hasUuid = uuid is not null;
        var updated = await db.Customers
            .Where(c => c.Id == id)
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
        return updated == 1 ? id : null;
    }
}
