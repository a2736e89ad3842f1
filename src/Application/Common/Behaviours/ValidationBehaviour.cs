namespace FluxStore.Management.Application.Common.Behaviours;

/// <summary>Third in the pipeline: every FluentValidation validator of the request, all problems at once.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    private readonly IValidator<TRequest>[] _validators = validators.ToArray();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (_validators.Length > 0)
        {
            var context = new ValidationContext<TRequest>(request);
            var errors = new List<string>();
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
