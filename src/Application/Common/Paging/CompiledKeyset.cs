using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FluxStore.Management.Application.Common.Paging;

/// <summary>
/// One Store API list's order and its row projection (a hand-written <c>Select</c> into the DTO), with the cursor form
/// of the unfiltered list as EF Core compiled queries: the first page, the page after a cursor and the page before one,
/// each <c>WHERE storeId [AND (key, id) beyond the cursor] ORDER BY key, id LIMIT n</c>. A compiled query skips EF's
/// per-request work on the expression tree (parameter extraction, the query-cache key over the whole projection)
/// (<c>docs/decisions/0028-list-projections.md</c>: what it saved, and what a page of orders still costs). Filtered and skip/take
/// pages use <see cref="ProjectionFor"/>, the same projection, through EF's ordinary query cache.
/// A compiled query belongs to one EF model (one per database provider), so the three are compiled per model.
/// </summary>
public sealed class CompiledKeyset<TEntity, TKey, TRow>
    where TEntity : class
{
    private readonly Expression<Func<DbContext, TEntity, TRow>> _projection;
    private readonly ConcurrentDictionary<IModel, Queries> _byModel = new();

    /// <param name="order">The list's order (its name goes into cursors).</param>
    /// <param name="projection">Entity to row; the context parameter lets a row read another set (an order's refunds their items).</param>
    public CompiledKeyset(ListOrder<TEntity, TKey> order, Expression<Func<DbContext, TEntity, TRow>> projection)
    {
        Order = order;
        _projection = projection;
    }

    public ListOrder<TEntity, TKey> Order { get; }

    /// <summary>The row projection bound to <paramref name="context"/>, for a query built per request.</summary>
    public Expression<Func<TEntity, TRow>> ProjectionFor(DbContext context) =>
        Expression.Lambda<Func<TEntity, TRow>>(
            new Replace(_projection.Parameters[0], Expression.Constant(context)).Visit(_projection.Body),
            _projection.Parameters[1]);

    /// <summary>Up to <paramref name="take"/> rows of the store's unfiltered list beyond <paramref name="cursor"/> (none: from the start).</summary>
    public IAsyncEnumerable<TRow> Page(DbContext context, Guid storeId, (TKey Key, Guid Id)? cursor, bool backward, int take)
    {
        var queries = _byModel.GetOrAdd(context.Model, _ => Compile());
        return cursor is not { } at ? queries.First(context, storeId, take)
            : backward ? queries.Before(context, storeId, at.Key, at.Id, take)
            : queries.After(context, storeId, at.Key, at.Id, take);
    }

    private Queries Compile()
    {
        var context = Expression.Parameter(typeof(DbContext), "context");
        var storeId = Expression.Parameter(typeof(Guid), "storeId");
        var key = Expression.Parameter(typeof(TKey), "key");
        var id = Expression.Parameter(typeof(Guid), "id");
        var take = Expression.Parameter(typeof(int), "take");

        Expression Query(bool backward, bool withCursor)
        {
            var entity = Order.Key.Parameters[0];
            var storeColumn = Expression.Property(entity, nameof(IStoreOwned.StoreId));
            Expression query = Expression.Call(context, nameof(DbContext.Set), [typeof(TEntity)]);
            query = Call(nameof(EntityFrameworkQueryableExtensions.AsNoTracking), typeof(EntityFrameworkQueryableExtensions), query);
            query = Call(nameof(Queryable.Where), typeof(Queryable), query, Expression.Lambda(Expression.Equal(storeColumn, storeId), entity));
            if (withCursor)
            {
                query = Call(nameof(Queryable.Where), typeof(Queryable), query, Keyset.Beyond(Order, key, id, forward: !backward));
            }

            var descending = Order.Descending != backward;
            var idKey = Expression.Lambda(new Replace(Order.Id.Parameters[0], entity).Visit(Order.Id.Body), entity);
            query = Expression.Call(typeof(Queryable), descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy),
                [typeof(TEntity), typeof(TKey)], query, Expression.Quote(Order.Key));
            query = Expression.Call(typeof(Queryable), descending ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy),
                [typeof(TEntity), typeof(Guid)], query, Expression.Quote(idKey));
            query = Call(nameof(Queryable.Take), typeof(Queryable), query, take);
            query = Call(nameof(RelationalQueryableExtensions.AsSingleQuery), typeof(RelationalQueryableExtensions), query);
            var row = Expression.Lambda<Func<TEntity, TRow>>(
                new Replace(_projection.Parameters[0], context).Visit(_projection.Body), _projection.Parameters[1]);
            return Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(TEntity), typeof(TRow)], query, Expression.Quote(row));
        }

        return new Queries(
            EF.CompileAsyncQuery(Expression.Lambda<Func<DbContext, Guid, int, IQueryable<TRow>>>(Query(false, false), context, storeId, take)),
            EF.CompileAsyncQuery(Expression.Lambda<Func<DbContext, Guid, TKey, Guid, int, IQueryable<TRow>>>(Query(false, true), context, storeId, key, id, take)),
            EF.CompileAsyncQuery(Expression.Lambda<Func<DbContext, Guid, TKey, Guid, int, IQueryable<TRow>>>(Query(true, true), context, storeId, key, id, take)));
    }

    /// <summary>A <see cref="Queryable"/>-style call on the entity type: the lambda argument quoted.</summary>
    private static MethodCallExpression Call(string method, Type declaring, Expression query, Expression? argument = null) =>
        argument is null
            ? Expression.Call(declaring, method, [typeof(TEntity)], query)
            : Expression.Call(declaring, method, [typeof(TEntity)], query, argument is LambdaExpression lambda ? Expression.Quote(lambda) : argument);

    private sealed record Queries(
        Func<DbContext, Guid, int, IAsyncEnumerable<TRow>> First,
        Func<DbContext, Guid, TKey, Guid, int, IAsyncEnumerable<TRow>> After,
        Func<DbContext, Guid, TKey, Guid, int, IAsyncEnumerable<TRow>> Before);

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
