using System.Data.Common;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FluxStore.Management.Infrastructure.Caching;

/// <summary>
/// Raises this instance's <see cref="StoreChangeSignal"/> once a save that wrote a <see cref="StoreChange"/> is
/// committed: right after the save, or, inside an explicit transaction, when that transaction commits. The response
/// to the change is written after that, so the very next request on this instance reads the database.
/// </summary>
public sealed class StoreChangeInterceptor(StoreChangeSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => AfterCommit(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AfterCommit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => AfterCommit(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AfterCommit(eventData.Context);
        return Task.CompletedTask;
    }

    private void AfterSave(DbContext? context)
    {
        if (context is ApplicationDbContext { StoreChanged: true } db)
        {
            // Inside a transaction, invalidating now narrows the window; invalidating at commit closes it.
            signal.Raise();
            if (db.Database.CurrentTransaction is null)
            {
                db.StoreChanged = false;
            }
        }
    }

    private void AfterCommit(DbContext? context)
    {
        if (context is ApplicationDbContext { StoreChanged: true } db)
        {
            signal.Raise();
            db.StoreChanged = false;
        }
    }
}
