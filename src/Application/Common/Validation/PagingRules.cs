namespace FluxStore.Management.Application.Common.Validation;

public static class PagingRules
{
    public const int CursorMaxLength = 1000;

    public static void AddPagingRules<T>(this AbstractValidator<T> validator)
        where T : PagedQuery
    {
        validator.RuleFor(x => x.Skip).GreaterThanOrEqualTo(0);
        validator.RuleFor(x => x.Take).InclusiveBetween(1, PagedQuery.MaxTake);
    }

    /// <summary>Skip/take rules, plus cursor paging's: limit 1–100, one of after/before, no skip/take beside them.</summary>
    public static void AddCursorPagingRules<T>(this AbstractValidator<T> validator)
        where T : CursorPagedQuery
    {
        validator.AddPagingRules();
        validator.RuleFor(x => x.Limit).InclusiveBetween(1, PagedQuery.MaxTake).When(x => x.Limit.HasValue);
        validator.RuleFor(x => x.After).MaximumLength(CursorMaxLength).NotEmpty().When(x => x.After is not null)
            .WithMessage("'after' must be a cursor from an earlier page.");
        validator.RuleFor(x => x.Before).MaximumLength(CursorMaxLength).NotEmpty().When(x => x.Before is not null)
            .WithMessage("'before' must be a cursor from an earlier page.");
        validator.RuleFor(x => x)
            .Must(x => x.After is null || x.Before is null)
            .WithName("before")
            .WithMessage("Give either 'after' or 'before', not both.");
        validator.RuleFor(x => x)
            .Must(x => !x.UsesCursor || !x.SkipOrTakeGiven)
            .WithName("skip")
            .WithMessage("'skip' and 'take' cannot be combined with 'limit', 'after' or 'before': page with cursors or with skip/take, not both.");
    }
}
