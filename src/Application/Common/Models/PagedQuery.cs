namespace FluxStore.Management.Application.Common.Models;

/// <summary>
/// Query-string paging of a list. Either <c>skip</c>/<c>take</c> (take 1–100, default 20; <c>includeTotal=false</c>
/// leaves out the count) or, on the Store API lists, cursors: <c>limit</c> (1–100, default 20) with <c>after</c> or
/// <c>before</c>. Any of <c>limit</c>, <c>after</c>, <c>before</c> selects cursor paging and the
/// <see cref="CursorPage{T}"/> payload.
/// </summary>
public abstract record PagedQuery
{
    public const int MaxTake = 100;

    public const int DefaultTake = 20;

    private readonly int? _skip;
    private readonly int? _take;

    public int Skip
    {
        get => _skip ?? 0;
        init => _skip = value;
    }

    public int Take
    {
        get => _take ?? DefaultTake;
        init => _take = value;
    }

    /// <summary>False: the skip/take payload's <c>total</c> is null and no COUNT is run. Default true.</summary>
    public bool IncludeTotal { get; init; } = true;

    /// <summary>True when the query string named <c>skip</c> or <c>take</c> (as opposed to their defaults).</summary>
    internal bool SkipOrTakeGiven => _skip.HasValue || _take.HasValue;
}

/// <summary>A Store API list that also pages with opaque cursors over its order (keyset; see <see cref="Keyset"/>).</summary>
public abstract record CursorPagedQuery : PagedQuery
{
    /// <summary>Cursor paging: items per page, 1–100 (default 20).</summary>
    public int? Limit { get; init; }

    /// <summary>Cursor paging: the page after this cursor (a <c>nextCursor</c> or <c>previousCursor</c> of an earlier page).</summary>
    public string? After { get; init; }

    /// <summary>Cursor paging: the page just before this cursor, in the list's normal order.</summary>
    public string? Before { get; init; }

    /// <summary>True when <c>limit</c>, <c>after</c> or <c>before</c> was given: the answer is a <see cref="CursorPage{T}"/>.</summary>
    internal bool UsesCursor => Limit.HasValue || After is not null || Before is not null;
}
