using System.Globalization;
using FluxStore.Management.Api.Authentication;
using FluxStore.Management.Api.Errors;
using FluxStore.Management.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Api.RateLimiting;

/// <summary>
/// Store API rate limits, counted before any permission check: a fixed window per key with the three
/// <c>X-RateLimit-*</c> headers on every response to a valid key, and a per-address limit on requests
/// whose key is missing or wrong so secrets cannot be brute-forced.
/// </summary>
public sealed class StoreApiRateLimitMiddleware(
    RequestDelegate next,
    IRateLimitStore store,
    IOptions<RateLimitOptions> options,
    TimeProvider clock)
{
    public static readonly PathString StoreApi = "/api/v1";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(StoreApi))
        {
            await next(context);
            return;
        }

        var settings = options.Value;
        var window = TimeSpan.FromSeconds(settings.WindowSeconds);
        var now = clock.GetUtcNow();
        var windowStart = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % window.Ticks), TimeSpan.Zero);
        var windowEnd = windowStart + window;
        var addressKey = "addr:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

        // An address that already spent its bad-key allowance is refused before the key is even looked up.
        if (await store.PeekAsync(addressKey, windowStart, context.RequestAborted) >= settings.InvalidKeyPermitLimit)
        {
            await RejectAsync(context, now, windowEnd, "Too many requests with a missing or invalid API key from this address.");
            return;
        }

        var result = await context.AuthenticateAsync(AuthSchemes.ApiKey);
        var keyId = result.Succeeded ? result.Principal.FindFirst(FluxClaims.ApiKeyId)?.Value : null;
        if (keyId is null)
        {
            await store.IncrementAsync(addressKey, windowStart, window, context.RequestAborted);
            await next(context); // the authorization step answers 401
            return;
        }

        var count = await store.IncrementAsync("key:" + keyId, windowStart, window, context.RequestAborted);
        var limit = settings.PermitLimit;
        var remaining = Math.Max(0, limit - count);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = windowEnd.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });

        if (count > limit)
        {
            await RejectAsync(context, now, windowEnd, $"Rate limit exceeded: {limit} requests per {window.TotalSeconds:0} seconds per API key.");
            return;
        }

        await next(context);
    }

    private static Task RejectAsync(HttpContext context, DateTimeOffset now, DateTimeOffset windowEnd, string message)
    {
        var retryAfter = Math.Max(1, (int)Math.Ceiling((windowEnd - now).TotalSeconds));
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return ErrorResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, message);
    }
}
