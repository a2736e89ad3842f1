using FluxStore.Management.Application.Common.Exceptions;
using FluxStore.Management.Domain.Common;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Diagnostics;

namespace FluxStore.Management.Api.Errors;

/// <summary>The one place exceptions become HTTP: status plus wrapper; a 500 never shows exception text.</summary>
public sealed class WrapperExceptionHandler(ILogger<WrapperExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, message, errors) = exception switch
        {
            RequestValidationException e => (StatusCodes.Status400BadRequest, "Validation failed.", e.Errors),
            DomainRuleException e => (StatusCodes.Status400BadRequest, "Validation failed.", (IReadOnlyList<string>)[e.Message]),
            BadHttpRequestException e => (e.StatusCode, ErrorResponses.DefaultMessage(e.StatusCode), []),
            AuthenticationFailedException e => (StatusCodes.Status401Unauthorized, e.Message, []),
            PermissionDeniedException e => (StatusCodes.Status403Forbidden, e.Message, []),
            ProPlanRequiredException e => (StatusCodes.Status403Forbidden, e.Message, []),
            NotFoundException e => (StatusCodes.Status404NotFound, e.Message, []),
            DbUpdateException e when DatabaseErrors.IsForeignKeyViolation(e) => (StatusCodes.Status400BadRequest, "Validation failed.",
                (IReadOnlyList<string>)["The change refers to a record that was removed, or removes one that is still in use, by a concurrent change; reload and try again."]),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "Request cancelled.", []),
            _ => (StatusCodes.Status500InternalServerError, ErrorResponses.DefaultMessage(500), []),
        };

        if (status >= 500)
        {
            // The exception type and stack go to the log; the client sees only the generic message.
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        await ErrorResponses.WriteAsync(httpContext, status, message, errors);
        return true;
    }
}
