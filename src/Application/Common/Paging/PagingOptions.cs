namespace FluxStore.Management.Application.Common.Paging;

/// <summary><c>FluxStore:Paging:*</c>: bounds of the spec's skip/take form on the Store API lists.</summary>
public sealed class PagingOptions : FluxStore.Management.Application.Common.Configuration.IValidatedOptions
{
    public const string Section = "FluxStore:Paging";

    public const int MaxSkipLimit = 100_000_000;

    /// <summary>
    /// The largest <c>skip</c> a Store API list accepts (default 10,000); deeper pages are reached with the cursor form
    /// (<c>limit</c>/<c>after</c>), which costs the same at any depth, where an offset reads and drops every row before it.
    /// </summary>
    public int MaxSkip { get; set; } = 10_000;

    public IEnumerable<string> Problems()
    {
        if (MaxSkip is < 0 or > MaxSkipLimit)
            yield return $"{Section}:MaxSkip must be between 0 and {MaxSkipLimit}.";
    }
}
