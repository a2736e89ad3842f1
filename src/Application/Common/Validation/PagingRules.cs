namespace FluxStore.Management.Application.Common.Validation;

public static class PagingRules
{
    public static void AddPagingRules<T>(this AbstractValidator<T> validator)
        where T : PagedQuery
    {
        validator.RuleFor(x => x.Skip).GreaterThanOrEqualTo(0);
        validator.RuleFor(x => x.Take).InclusiveBetween(1, PagedQuery.MaxTake);
    }
}
