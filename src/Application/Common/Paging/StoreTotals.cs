using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Common.Paging;

/// <summary>
/// A list's <c>total</c> from the store's maintained counts (<see cref="StoreCount"/>) instead of <c>COUNT(*)</c> over
/// its rows: one primary-key range read (the kind's slots) whatever the store's size. Only for a list whose filters the counts match exactly
/// (no filter, or only a status the counts are kept by).
/// </summary>
public static class StoreTotals
{
    /// <summary>The count of one kind (<see cref="StoreCount.Customers"/>, <c>orders:Paid</c>, …); 0 when the store has none.</summary>
    public static Func<CancellationToken, Task<long>> Of(IApplicationDbContext db, Guid storeId, string name) =>
        ct => db.StoreCounts.AsNoTracking().Where(c => c.StoreId == storeId && c.Name == name).SumAsync(c => c.Count, ct);

    /// <summary>The sum of every kind under a prefix (<see cref="StoreCount.OrdersPrefix"/>: orders of any status).</summary>
    public static Func<CancellationToken, Task<long>> OfPrefix(IApplicationDbContext db, Guid storeId, string prefix) =>
        ct => db.StoreCounts.AsNoTracking().Where(c => c.StoreId == storeId && c.Name.StartsWith(prefix)).SumAsync(c => c.Count, ct);
}
