namespace FluxStore.Management.Application.Common.Models;

/// <summary>
/// The spec's paginated list payload: <c>{items,total,skip,take}</c>. <c>total</c> is null only when the caller asked
/// for <c>includeTotal=false</c>.
/// </summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int? Total, int Skip, int Take)
{
    /// <summary>The same page with each item mapped.</summary>
    public PagedResult<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Total, Skip, Take);
}

/// <summary>
/// A page reached with cursors: <c>{items,hasMore,nextCursor,previousCursor}</c>. <c>hasMore</c> says whether more items
/// lie beyond this page in the direction walked (older for <c>after</c>, newer for <c>before</c>); <c>nextCursor</c>
/// continues with <c>after</c>, <c>previousCursor</c> goes back with <c>before</c>; each is null when that end is reached.
/// </summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, bool HasMore, string? NextCursor, string? PreviousCursor)
{
    public CursorPage<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), HasMore, NextCursor, PreviousCursor);
}

/// <summary>
/// What a Store API list handler returns: exactly one of the two payloads, chosen by the query string
/// (<see cref="CursorPagedQuery.UsesCursor"/>). The controller sends the one that is set.
/// </summary>
public sealed record ListPage<T>
{
    public PagedResult<T>? Offset { get; init; }

    public CursorPage<T>? Cursor { get; init; }

    public ListPage<TOut> Map<TOut>(Func<T, TOut> map) => new() { Offset = Offset?.Map(map), Cursor = Cursor?.Map(map) };
}

public static class PagingExtensions
{
    /// <summary>
    /// Skip/take over an ordered query; the total only when <see cref="PagedQuery.IncludeTotal"/>: from
    /// <paramref name="knownTotal"/> when given (the store's maintained counts), otherwise COUNT(*) of the query.
    /// </summary>
    public static async Task<PagedResult<T>> ToPagedResultAsync<T>(
        this IQueryable<T> query, PagedQuery paging, CancellationToken cancellationToken, Func<CancellationToken, Task<long>>? knownTotal = null)
    {
        int? total = !paging.IncludeTotal ? null
            : knownTotal is null ? await query.CountAsync(cancellationToken)
            : checked((int)await knownTotal(cancellationToken));
        var items = await query.Skip(paging.Skip).Take(paging.Take).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, total, paging.Skip, paging.Take);
    }
}
