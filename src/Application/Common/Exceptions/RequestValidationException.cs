namespace FluxStore.Management.Application.Common.Exceptions;

/// <summary>Input failed validation: 400 with one entry per problem.</summary>
public sealed class RequestValidationException(IReadOnlyList<string> errors)
    : Exception("One or more validation errors occurred.")
{
    public RequestValidationException(string error)
        : this([error])
    {
    }

    public IReadOnlyList<string> Errors { get; } = errors;
}
