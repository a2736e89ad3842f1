using System.Globalization;
using System.Linq.Expressions;

namespace FluxStore.Management.Application.Common.Paging;

/// <summary>
/// The one paging helper of the Store API lists. Skip/take when the query asks for it (the spec's payload), otherwise
/// keyset paging over the list's <see cref="ListOrder{TEntity,TKey}"/>: <c>WHERE (key, id) beyond the cursor ORDER BY
/// key, id LIMIT n+1</c>, so a deep page costs what the first costs (no OFFSET, no COUNT).
/// </summary>
public static class Keyset
{
    private const string Version = "c1";

    /// <summary>
    /// Pages <paramref name="filtered"/> (already limited to the store and the list's filters). <paramref name="project"/>
    /// turns the ordered entities into rows; <paramref name="rowKey"/> and <paramref name="rowId"/> read a row's sort value
    /// and id back, exactly as stored, for its cursor. <paramref name="knownTotal"/>, when the list's filters allow it, answers
    /// the skip/take form's <c>total</c> from the store's maintained counts (<see cref="StoreTotals"/>) instead of a COUNT.
    /// </summary>
    public static async Task<ListPage<TRow>> PageAsync<TEntity, TKey, TRow>(
        IQueryable<TEntity> filtered,
        ListOrder<TEntity, TKey> order,
        CursorPagedQuery paging,
        Guid storeId,
        IListCursorProtector cursors,
        Func<IQueryable<TEntity>, IQueryable<TRow>> project,
        Func<TRow, TKey> rowKey,
        Func<TRow, Guid> rowId,
        CancellationToken cancellationToken,
        Func<CancellationToken, Task<long>>? knownTotal = null,
        Func<(TKey Key, Guid Id)?, bool, int, IAsyncEnumerable<TRow>>? compiledPage = null)
    {
        if (!paging.UsesCursor)
        {
            return new ListPage<TRow> { Offset = await project(order.Apply(filtered)).ToPagedResultAsync(paging, cancellationToken, knownTotal) };
        }

        var limit = paging.Limit ?? PagedQuery.DefaultTake;
        var backward = paging.Before is not null;
        (TKey Key, Guid Id)? cursor = (paging.After ?? paging.Before) is { } token
            ? Decode<TKey>(token, backward ? "before" : "after", order.Name, storeId, cursors)
            : null;
        List<TRow> rows;
        if (compiledPage is not null)
        {
            rows = new List<TRow>(limit + 1);
            await foreach (var row in compiledPage(cursor, backward, limit + 1).WithCancellation(cancellationToken))
            {
                rows.Add(row);
            }
        }
        else
        {
            var query = cursor is { } at ? filtered.Where(Beyond(order, at.Key, at.Id, forward: !backward)) : filtered;
            rows = await project(order.Apply(query, reversed: backward).Take(limit + 1)).ToListAsync(cancellationToken);
        }

        var hasMore = rows.Count > limit;
        if (hasMore)
        {
            rows.RemoveAt(limit);
        }

        if (backward)
        {
            rows.Reverse();
        }

        // Only the cursors the page returns are made (each is a MAC over the row's key): a first page has no previous one.
        string? CursorOf(bool wanted, int index) => wanted && rows.Count > 0 ? Encode(order.Name, storeId, rowKey(rows[index]), rowId(rows[index]), cursors) : null;

        // Walking forward: more after this page is what hasMore says; a page reached with a cursor has one before it.
        var page = backward
            ? new CursorPage<TRow>(rows, hasMore, NextCursor: CursorOf(true, rows.Count - 1), PreviousCursor: CursorOf(hasMore, 0))
            : new CursorPage<TRow>(rows, hasMore, NextCursor: CursorOf(hasMore, rows.Count - 1), PreviousCursor: CursorOf(paging.After is not null, 0));
        return new ListPage<TRow> { Cursor = page };
    }

    /// <summary>
    /// Rows strictly beyond <c>(key, id)</c> in the walking direction: forward in a descending order means smaller.
    /// The values are parameters (one cached plan per list); strings and ids compare through <c>CompareTo</c>, which
    /// every provider translates to its own <c>&lt;</c>/<c>&gt;</c>, consistent with its <c>ORDER BY</c>.
    /// </summary>
    private static Expression<Func<TEntity, bool>> Beyond<TEntity, TKey>(ListOrder<TEntity, TKey> order, TKey key, Guid id, bool forward) =>
        Beyond(
            order,
            Expression.Property(Expression.Constant(new Holder<TKey>(key)), nameof(Holder<TKey>.Value)),
            Expression.Property(Expression.Constant(new Holder<Guid>(id)), nameof(Holder<Guid>.Value)),
            forward);

    /// <summary>The same predicate over any value expressions: the parameters of a compiled query (<see cref="CompiledKeyset{TEntity,TKey,TRow}"/>).</summary>
    internal static Expression<Func<TEntity, bool>> Beyond<TEntity, TKey>(ListOrder<TEntity, TKey> order, Expression keyValue, Expression idValue, bool forward)
    {
        var entity = order.Key.Parameters[0];
        var keyColumn = order.Key.Body;
        var idColumn = new Rebind(order.Id.Parameters[0], entity).Visit(order.Id.Body);
        var smaller = order.Descending == forward;
        Expression body = Expression.OrElse(
            Compare(keyColumn, keyValue, smaller),
            Expression.AndAlso(Expression.Equal(keyColumn, keyValue), Compare(idColumn, idValue, smaller)));
        if (keyColumn.Type.IsValueType && Nullable.GetUnderlyingType(keyColumn.Type) is null)
        {
            // Redundant, but it bounds the index range: PostgreSQL does not turn "key < k OR (key = k AND id < i)" into
            // a range start, so without "key <= k" a page 500,000 deep walked 500,000 index entries. (Not for nullable
            // keys, where it would drop rows whose key is null.)
            var bound = smaller ? Expression.LessThanOrEqual(keyColumn, keyValue) : Expression.GreaterThanOrEqual(keyColumn, keyValue);
            body = Expression.AndAlso(bound, body);
        }

        return Expression.Lambda<Func<TEntity, bool>>(body, entity);
    }

    private static Expression Compare(Expression column, Expression value, bool smaller)
    {
        if (column.Type == typeof(string) || column.Type == typeof(Guid))
        {
            var compareTo = Expression.Call(column, column.Type.GetMethod(nameof(string.CompareTo), [column.Type])!, value);
            return smaller
                ? Expression.LessThan(compareTo, Expression.Constant(0))
                : Expression.GreaterThan(compareTo, Expression.Constant(0));
        }

        return smaller ? Expression.LessThan(column, value) : Expression.GreaterThan(column, value);
    }

    private static string Encode<TKey>(string orderName, Guid storeId, TKey key, Guid id, IListCursorProtector cursors) =>
        cursors.Protect(string.Join('|', Version, storeId.ToString("N"), orderName, id.ToString("N"), FormatKey(key)));

    private static (TKey Key, Guid Id) Decode<TKey>(string token, string parameter, string orderName, Guid storeId, IListCursorProtector cursors)
    {
        var parts = cursors.TryUnprotect(token)?.Split('|', 5);
        if (parts is not [Version, var store, var order, var id, var key]
            || store != storeId.ToString("N")
            || !Guid.TryParseExact(id, "N", out var parsedId)
            || !TryParseKey<TKey>(key, out var parsedKey))
        {
            throw new RequestValidationException($"'{parameter}' is not a cursor this API issued for this store's list (cursors are opaque: pass back a nextCursor or previousCursor unchanged).");
        }

        if (order != orderName)
        {
            throw new RequestValidationException($"'{parameter}' was made for another list or sort ({order}, not {orderName}): pass it back to the list, with the same sortBy/sortDesc, that gave it.");
        }

        return (parsedKey, parsedId);
    }

    /// <summary>Exact text for every sort type: ticks for times, invariant digits for numbers (decimal keeps its scale).</summary>
    private static string FormatKey<TKey>(TKey key) => key switch
    {
        DateTime time => time.Ticks.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        string text => text,
        _ => throw new NotSupportedException($"No cursor format for sort values of type {typeof(TKey).Name}."),
    };

    private static bool TryParseKey<TKey>(string text, out TKey key)
    {
        object? value = null;
        if (typeof(TKey) == typeof(DateTime) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTime.MaxValue.Ticks)
        {
            value = new DateTime(ticks, DateTimeKind.Utc);
        }
        else if (typeof(TKey) == typeof(long) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
        }
        else if (typeof(TKey) == typeof(int) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
        {
            value = small;
        }
        else if (typeof(TKey) == typeof(decimal) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            value = amount;
        }
        else if (typeof(TKey) == typeof(string))
        {
            value = text;
        }

        key = value is TKey typed ? typed : default!;
        return value is TKey;
    }

    /// <summary>The EF Core context behind the interface, which compiled queries and <see cref="CompiledKeyset{TEntity,TKey,TRow}"/> need.</summary>
    public static DbContext AsDbContext(this IApplicationDbContext db) =>
        db as DbContext ?? throw new InvalidOperationException("IApplicationDbContext is expected to be an EF Core DbContext.");

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
