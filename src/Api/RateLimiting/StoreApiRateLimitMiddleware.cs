using System.Globalization;
using FluxStore.Management.Api.Authentication;
using FluxStore.Management.Api.Errors;
using FluxStore.Management.Domain.ApiKeys;
using FluxStore.Management.Infrastructure.Authentication;
using FluxStore.Management.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Api.RateLimiting;

/// <summary>
/// Store API rate limits, counted before any permission check: a fixed window per key with the three
/// <c>X-RateLimit-*</c> headers on every response to a valid key, and a per-address limit on requests
/// whose key is missing or wrong so secrets cannot be brute-forced. Only failures count against an
/// address, and a throttled address is refused before its key is looked up unless the key is one this
/// instance saw authenticate recently (<see cref="BadKeyGate"/>) or is in the in-memory copy of the
/// unrevoked keys (<see cref="ApiKeyDirectory"/>): a flood of bad keys from a shared address costs no
/// database queries and does not lock out the good keys behind it.
/// </summary>
public sealed class StoreApiRateLimitMiddleware(
    RequestDelegate next,
    IRateLimitStore store,
    BadKeyGate gate,
    ApiKeyDirectory directory,
    IOptions<RateLimitOptions> options,
    TimeProvider clock)
{
    public static readonly PathString StoreApi = "/api/v1";

    private const string BadKeyMessage = "Too many requests with a missing or invalid API key from this address.";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(StoreApi))
        {
            await next(context);
            return;
        }

        var settings = options.Value;
        var now = clock.GetUtcNow();
        var window = FixedWindow.At(now, TimeSpan.FromSeconds(settings.WindowSeconds));
        var windowEnd = window.End;
        var address = ClientAddress.Of(context);
        var addressKey = "addr:" + address;
        var presented = context.Request.Headers[AuthSchemes.ApiKeyHeader].ToString().Trim();

        // A throttled address gets only keys that are known to exist looked up; anything else is refused unread.
        if (!IsKnownKey(presented) && await IsThrottledAsync(address, addressKey, window, settings, context.RequestAborted))
        {
            await RejectAsync(context, now, windowEnd, BadKeyMessage);
            return;
        }

        var result = await context.AuthenticateAsync(AuthSchemes.ApiKey);
        var keyId = result.Succeeded ? result.Principal.FindFirst(FluxClaims.ApiKeyId)?.Value : null;
        if (keyId is null)
        {
            gate.Forget(presented);
            var failures = await store.IncrementAsync(addressKey, window.Start, window.Length, context.RequestAborted);
            if (failures >= settings.InvalidKeyPermitLimit)
            {
                gate.Block(address, windowEnd);
                await directory.RefreshAsync(context.RequestAborted); // this failure already cost a lookup; refusals after it cost none
            }

            await next(context); // the authorization step answers 401
            return;
        }

        gate.RememberGood(presented);
        var count = await store.IncrementAsync("key:" + keyId, window.Start, window.Length, context.RequestAborted);
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
            await RejectAsync(context, now, windowEnd, $"Rate limit exceeded: {limit} requests per {settings.WindowSeconds} seconds per API key.");
            return;
        }

        await next(context);
    }

    private bool IsKnownKey(string presented) =>
        gate.IsKnownGood(presented)
        || (ApiKey.TryParse(presented, out var storeId, out var secret) && directory.Contains(storeId, secret));

    /// <summary>Known locally first, so repeated refusals never reach a shared (database) store.</summary>
    private async ValueTask<bool> IsThrottledAsync(string address, string addressKey, FixedWindow window, RateLimitOptions settings, CancellationToken cancellationToken)
    {
        if (gate.IsBlocked(address))
        {
            return true;
        }

        if (await store.PeekAsync(addressKey, window.Start, cancellationToken) < settings.InvalidKeyPermitLimit)
        {
            return false;
        }

        gate.Block(address, window.End);
        return true;
    }

    public static Task RejectAsync(HttpContext context, DateTimeOffset now, DateTimeOffset windowEnd, string message)
    {
        var retryAfter = Math.Max(1, (int)Math.Ceiling((windowEnd - now).TotalSeconds));
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return ErrorResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, message);
    }
}
