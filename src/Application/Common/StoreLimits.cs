using FluxStore.Management.Application.Common.Configuration;
using Microsoft.EntityFrameworkCore.Storage;

namespace FluxStore.Management.Application.Common;

/// <summary>
/// <c>FluxStore:Limits:*</c>: how many rows of a kind one store (or one account) may hold, so that one caller cannot
/// make every later request (lists, the plugin's polls, an order's command fan-out) arbitrarily large.
/// </summary>
public sealed class StoreLimitsOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Limits";

    public const int Ceiling = 100_000;

    /// <summary>Game servers per store.</summary>
    public int ServersPerStore { get; set; } = 100;

    /// <summary>Active (not revoked, not expired) API keys per store.</summary>
    public int ApiKeysPerStore { get; set; } = 100;

    /// <summary>Webhook endpoints per store.</summary>
    public int WebhookEndpointsPerStore { get; set; } = 20;

    /// <summary>Stores a user account owns.</summary>
    public int StoresPerAccount { get; set; } = 20;

    public IEnumerable<string> Problems()
    {
        foreach (var (name, value) in new[]
                 {
                     (nameof(ServersPerStore), ServersPerStore), (nameof(ApiKeysPerStore), ApiKeysPerStore),
                     (nameof(WebhookEndpointsPerStore), WebhookEndpointsPerStore), (nameof(StoresPerAccount), StoresPerAccount),
                 })
        {
            if (value is < 1 or > Ceiling)
                yield return $"{Section}:{name} must be between 1 and {Ceiling}.";
        }
    }
}

/// <summary>
/// Counting against a <see cref="StoreLimitsOptions"/> limit exactly: inside a transaction the owner's row (the store,
/// or the user) is locked with a no-op UPDATE (PostgreSQL row lock; on SQLite the transaction holds the write lock),
/// then the rows are counted, then the caller adds its row and commits. Two creates at the limit wait for each other
/// and the second sees the first's row, so the limit never overshoots.
/// </summary>
public static class StoreLimits
{
    /// <summary>Opens the transaction and locks the store's row; the caller counts, adds, saves and commits.</summary>
    public static async Task<IDbContextTransaction> LockStoreAsync(IApplicationDbContext db, Guid storeId, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Stores.Where(s => s.Id == storeId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, x => x.Name), ct);
        return transaction;
    }

    /// <summary>Opens the transaction and locks the user's row; the caller counts, adds, saves and commits.</summary>
    public static async Task<IDbContextTransaction> LockUserAsync(IApplicationDbContext db, Guid userId, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Email, x => x.Email), ct);
        return transaction;
    }

    /// <summary>
    /// 400 in the wrapper when <paramref name="count"/> has reached <paramref name="limit"/>: "{owner} at most {limit}
    /// {things} (FluxStore:Limits:{setting}); {remedy}".
    /// </summary>
    public static void Check(int count, int limit, string owner, string things, string setting, string remedy)
    {
        if (count >= limit)
        {
            throw new RequestValidationException($"{owner} at most {limit} {things} (FluxStore:Limits:{setting}); {remedy}");
        }
    }
}
