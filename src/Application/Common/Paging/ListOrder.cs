using System.Linq.Expressions;

namespace FluxStore.Management.Application.Common.Paging;

/// <summary>
/// The order of a list: one sort column, then the id in the same direction as the tie-break (never the id alone:
/// UUIDv7 ids do not sort by time on every database). <see cref="Name"/> is written into cursors, so a cursor made
/// for one order is refused by another.
/// </summary>
public sealed class ListOrder<TEntity, TKey>(string name, Expression<Func<TEntity, TKey>> key, Expression<Func<TEntity, Guid>> id, bool descending)
{
    public string Name { get; } = name;

    public Expression<Func<TEntity, TKey>> Key { get; } = key;

    public Expression<Func<TEntity, Guid>> Id { get; } = id;

    public bool Descending { get; } = descending;

    public IOrderedQueryable<TEntity> Apply(IQueryable<TEntity> query, bool reversed = false) =>
        Descending != reversed
            ? query.OrderByDescending(Key).ThenByDescending(Id)
            : query.OrderBy(Key).ThenBy(Id);
}
