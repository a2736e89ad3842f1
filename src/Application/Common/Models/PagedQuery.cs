namespace FluxStore.Management.Application.Common.Models;

/// <summary>Query-string paging; take 1–100, default 20.</summary>
public abstract record PagedQuery
{
    public const int MaxTake = 100;

    public int Skip { get; init; }

    public int Take { get; init; } = 20;
}
