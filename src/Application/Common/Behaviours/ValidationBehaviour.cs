using FluxStore.Management.Application.Common.Paging;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Application.Common.Behaviours;

/// <summary>
/// Third in the pipeline: every FluentValidation validator of the request, all problems at once.
/// A Store API list's <c>skip</c> is also held to <see cref="PagingOptions.MaxSkip"/> here (a setting, so not in the
/// singleton validators' fixed rules).
/// </summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators, IOptions<PagingOptions> paging)
    : IPipelineBehavior<TRequest, TResponse>
{
    private readonly IValidator<TRequest>[] _validators = validators.ToArray();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var maxSkip = paging.Value.MaxSkip;
        var tooDeep = request is CursorPagedQuery { Skip: var skip } && skip > maxSkip;
        if (_validators.Length > 0 || tooDeep)
        {
            var context = new ValidationContext<TRequest>(request);
            var errors = new List<string>();
            if (tooDeep)
            {
                errors.Add($"'skip' must be at most {maxSkip}: page deeper with the cursor form ('limit' and 'after' with each page's nextCursor), which costs the same at any depth.");
            }

            foreach (var validator in _validators)
            {
                var result = await validator.ValidateAsync(context, cancellationToken);
                errors.AddRange(result.Errors.Select(e => e.ErrorMessage));
            }

            if (errors.Count > 0)
            {
                throw new RequestValidationException(errors.Distinct().ToList());
            }
        }

        return await next();
    }
}
