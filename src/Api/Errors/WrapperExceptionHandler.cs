using FluxStore.Management.Application.Common.Exceptions;
using FluxStore.Management.Domain.Common;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Diagnostics;

namespace FluxStore.Management.Api.Errors;

/// <summary>The one place exceptions become HTTP: status plus wrapper; a 500 never shows exception text.</summary>
public sealed class WrapperExceptionHandler(ILogger<WrapperExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>What a 503 for an unavailable database asks the client to wait (<c>Retry-After</c>, seconds).</summary>
    public const int DatabaseRetryAfterSeconds = 5;

    public const string DatabaseUnavailableMessage = "The database is unavailable right now. Retry shortly.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseErrors.IsUnavailable(exception) && !httpContext.RequestAborted.IsCancellationRequested)
        {
            // Down, restarting, unreachable or busy: the client may retry; the log gets one line, not a stack per request.
            logger.LogWarning("Database unavailable for {Method} {Path}: {Reason}",
                httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
            var db = httpContext.RequestServices.GetService<ApplicationDbContext>();
            if (db is not null)
            {
                DatabaseErrors.ForgetPooledConnections(db.Database.GetDbConnection());
            }

            httpContext.Response.Headers.RetryAfter = DatabaseRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ErrorResponses.WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable, DatabaseUnavailableMessage);
            return true;
        }

        var (status, message, errors) = exception switch
        {
            RequestValidationException e => (StatusCodes.Status400BadRequest, "Validation failed.", e.Errors),
            DomainRuleException e => (StatusCodes.Status400BadRequest, "Validation failed.", (IReadOnlyList<string>)[e.Message]),
            BadHttpRequestException e => (e.StatusCode, ErrorResponses.DefaultMessage(e.StatusCode), []),
            AuthenticationFailedException e => (StatusCodes.Status401Unauthorized, e.Message, []),
            PermissionDeniedException e => (StatusCodes.Status403Forbidden, e.Message, []),
            ProPlanRequiredException e => (StatusCodes.Status403Forbidden, e.Message, []),
            NotFoundException e => (StatusCodes.Status404NotFound, e.Message, []),
            TooManyRequestsException e => (StatusCodes.Status429TooManyRequests, e.Message, []),
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

        if (exception is TooManyRequestsException tooMany)
        {
            httpContext.Response.Headers.RetryAfter = tooMany.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await ErrorResponses.WriteAsync(httpContext, status, message, errors);
        return true;
    }
}
