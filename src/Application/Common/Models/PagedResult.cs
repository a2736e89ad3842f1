namespace FluxStore.Management.Application.Common.Models;

/// <summary>The spec's paginated list payload: <c>{items,total,skip,take}</c>.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Skip, int Take)
{
    /// <summary>The same page with each item mapped.</summary>
    public PagedResult<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Total, Skip, Take);
}

public static class PagingExtensions
{
    public static async Task<PagedResult<T>> ToPagedResultAsync<T>(
        this IQueryable<T> query, PagedQuery paging, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(paging.Skip).Take(paging.Take).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, total, paging.Skip, paging.Take);
    }
}
