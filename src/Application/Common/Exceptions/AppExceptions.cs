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

/// <summary>The resource does not exist for this caller (another store's ids included): 404.</summary>
public sealed class NotFoundException(string resource)
    : Exception($"{resource} not found.");

/// <summary>Authenticated, but the key or membership lacks the permission: 403.</summary>
public sealed class PermissionDeniedException(string message) : Exception(message);

/// <summary>The store's Pro plan is not active: 403 with its own message.</summary>
public sealed class ProPlanRequiredException()
    : Exception("This store does not have an active Pro plan. The Store Management API requires Pro; renew the plan to use this key again.");

/// <summary>Credentials were wrong: 401.</summary>
public sealed class AuthenticationFailedException(string message) : Exception(message);
