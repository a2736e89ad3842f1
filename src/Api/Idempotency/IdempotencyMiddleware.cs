using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using FluxStore.Management.Api.Authentication;
using FluxStore.Management.Api.Errors;
using FluxStore.Management.Api.RateLimiting;
using FluxStore.Management.Infrastructure.Idempotency;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Api.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on every POST of the Store API and of the dashboard's store endpoints. Runs after
/// authentication, so the key is scoped to the caller: the API key (within its store) or the dashboard user within
/// the route's store. The first request takes the key in the database before it runs; its answer is kept and a retry
/// with the same key and the same method, path and body gets it back with <c>Idempotent-Replayed: true</c> without
/// running. Same key, other request → 422; the first still running → 409; a malformed key → 400. Answers that a
/// retry might change (5xx, an exception, 401, 403, 408, 409, 425, 429) free the key instead, unless the request's
/// write committed (marked in the write's transaction): then a retry gets 409, never a second write. Decisions:
/// <c>docs/decisions/0013-idempotency.md</c>.
/// </summary>
public sealed partial class IdempotencyMiddleware(
    RequestDelegate next,
    IdempotencyStore store,
    IOptions<IdempotencyOptions> options,
    TimeProvider clock,
    ILogger<IdempotencyMiddleware> logger)
{
    private static readonly int[] Retryable =
    [
        StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status408RequestTimeout,
        StatusCodes.Status409Conflict, 425, StatusCodes.Status429TooManyRequests, 499,
    ];

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var values = request.Headers[IdempotencyKeyHeader.Name];
        if (!ApiSurfaces.Of(request.Path).TakesIdempotencyKey(request.Method) || IdempotencyKeyHeader.IsAbsent(values))
        {
            await next(context);
            return;
        }

        if (!IdempotencyKeyHeader.TryParse(values, out var key))
        {
            await ErrorResponses.WriteAsync(context, StatusCodes.Status400BadRequest, "Validation failed.", [IdempotencyKeyHeader.Rule]);
            return;
        }

        // No caller (or no endpoint): the request is refused further on, and there is nothing to scope a key to.
        if (context.GetEndpoint() is null || ScopeOf(context) is not { } scope)
        {
            await next(context);
            return;
        }

        var hash = await HashAsync(request, context.RequestAborted);
        var claim = await store.BeginAsync(scope, key, hash, context.RequestAborted);
        switch (claim.Kind)
        {
            case IdempotencyClaimKind.Replay:
                FluxStore.Management.Application.Common.Telemetry.FluxStoreTelemetry.IdempotentReplay();
                await ReplayAsync(context, claim.Response!);
                return;
            case IdempotencyClaimKind.Mismatch:
                await ErrorResponses.WriteAsync(context, StatusCodes.Status422UnprocessableEntity,
                    "This Idempotency-Key was already used for a different request (method, path or body). Use a new key for a new request.");
                return;
            case IdempotencyClaimKind.InProgress:
                await ErrorResponses.WriteAsync(context, StatusCodes.Status409Conflict,
                    "A request with this Idempotency-Key is still being processed. Retry after it has finished.");
                return;
            case IdempotencyClaimKind.CompletedNotStored:
                await ErrorResponses.WriteAsync(context, StatusCodes.Status409Conflict,
                    "A request with this Idempotency-Key has already completed. Its response held a secret that is shown only once and was not kept; use a new key to run the request again.");
                return;
            case IdempotencyClaimKind.OutcomeUnknown:
                await ErrorResponses.WriteAsync(context, StatusCodes.Status409Conflict,
                    "A request with this Idempotency-Key has already saved its changes, but its response was lost (the connection or the server failed after the save). It is not run again: look up the result, and use a new key to make another change.");
                return;
        }

        await RunAsync(context, scope, key, claim.LockToken);
    }

    /// <summary>Runs the request into a buffer, keeps (or frees the key for) its answer, then sends it.</summary>
    private async Task RunAsync(HttpContext context, string scope, string key, Guid lockToken)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        var settled = false;
        try
        {
            Exception? failure = null;
            try
            {
                // The request's saves mark the key committed in their own transactions (see IdempotencyWrite).
                using (IdempotencyWrite.Enter(new IdempotencyWriteClaim(scope, key, lockToken, options.Value.Retention, clock)))
                {
                    await next(context);
                }
            }
            catch (Exception error)
            {
                failure = error;
            }

            // A thrown 400/404 is an answer like a returned one: the app's exception handlers write it here (as
            // UseExceptionHandler would further out), so it can be kept. Anything they do not handle goes on out.
            if (failure is not null && (response.HasStarted || !await WriteExceptionAsync(context, failure, buffer)))
            {
                response.Body = original;
                settled = true;
                await ReleaseAsync(scope, key, lockToken);
                ExceptionDispatchInfo.Throw(failure);
            }

            response.Body = original;
            var status = response.StatusCode;
            // A request whose client hung up may have written a partial body (the formatters stop at RequestAborted):
            // it is never kept. If its write committed, the key stays used ("outcome unknown"), else it is freed.
            if (status >= 500 || Retryable.Contains(status) || context.RequestAborted.IsCancellationRequested)
            {
                await ReleaseAsync(scope, key, lockToken);
            }
            else
            {
                var keep = buffer.Length <= options.Value.MaxResponseBytes
                    && !(status < 300 && context.GetEndpoint()?.Metadata.GetMetadata<ResponseHoldsSecretAttribute>() is not null);
                var kept = keep
                    ? new IdempotentResponse(status, response.ContentType, response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, buffer.ToArray())
                    : null;
                try
                {
                    await store.CompleteAsync(scope, key, lockToken, status, kept, CancellationToken.None);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // The request has run: its answer goes out regardless. The key unlocks at the lock timeout.
                    LogCompletionFailed(logger, error.GetType().Name);
                }
            }

            settled = true;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
        finally
        {
            response.Body = original;
            if (!settled)
            {
                await ReleaseAsync(scope, key, lockToken);
            }
        }
    }

    /// <summary>Frees the key; if the database is away, the row unlocks at the lock timeout instead.</summary>
    private async Task ReleaseAsync(string scope, string key, Guid lockToken)
    {
        try
        {
            await store.ReleaseAsync(scope, key, lockToken, CancellationToken.None);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogReleaseFailed(logger, error.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Keeping an idempotent response failed ({ErrorType}); the key unlocks at its lock timeout.")]
    private static partial void LogCompletionFailed(ILogger logger, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Freeing an idempotency key failed ({ErrorType}); it unlocks at its lock timeout.")]
    private static partial void LogReleaseFailed(ILogger logger, string errorType);

    private static async Task<bool> WriteExceptionAsync(HttpContext context, Exception failure, MemoryStream buffer)
    {
        foreach (var handler in context.RequestServices.GetServices<IExceptionHandler>())
        {
            buffer.SetLength(0);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            if (await handler.TryHandleAsync(context, failure, context.RequestAborted))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task ReplayAsync(HttpContext context, IdempotentResponse kept)
    {
        var response = context.Response;
        response.StatusCode = kept.Status;
        response.Headers[IdempotencyKeyHeader.ReplayedHeader] = "true";
        if (kept.Location is not null)
        {
            response.Headers.Location = kept.Location;
        }

        if (kept.Body.Length > 0)
        {
            response.ContentType = kept.ContentType;
            await response.Body.WriteAsync(kept.Body, context.RequestAborted);
        }
    }

    /// <summary>
    /// Store API: the API key, named with its store (two keys of one store never share responses, so a key without
    /// a permission cannot replay what another key was allowed to do). Dashboard: the user and the route's store.
    /// </summary>
    private static string? ScopeOf(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        if (ApiSurfaces.Of(context.Request.Path) == ApiSurface.StoreApi)
        {
            return Guid.TryParse(user.FindFirst(FluxClaims.StoreId)?.Value, out var storeId)
                   && Guid.TryParse(user.FindFirst(FluxClaims.ApiKeyId)?.Value, out var keyId)
                ? $"key:{storeId:N}:{keyId:N}"
                : null;
        }

        if (!Guid.TryParse(user.FindFirst(FluxClaims.Subject)?.Value, out var userId))
        {
            return null;
        }

        var routeStore = Guid.TryParse(context.Request.RouteValues["storeId"]?.ToString(), out var storeInRoute) ? storeInRoute.ToString("N") : "-";
        return $"user:{userId:N}:{routeStore}";
    }

    /// <summary>SHA-256 of method, path, query and body; the body stays readable for the endpoint.</summary>
    private static async Task<string> HashAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method.ToUpperInvariant()}\n{request.Path.Value}{request.QueryString.Value}\n"));
        request.EnableBuffering();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
