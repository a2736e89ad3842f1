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
/// The Store API's window per key (with <c>X-RateLimit-*</c> headers), counted before any permission check, and, for
/// the Store and plugin APIs, a per-address limit on missing or wrong keys so secrets cannot be brute-forced. A
/// throttled address is refused unread unless its key is known good (<see cref="BadKeyGate"/>, the in-memory
/// <see cref="ApiKeyDirectory"/> and <see cref="ServerKeyDirectory"/>, which follow the store change signal): a flood of bad keys from a shared address
/// costs no database queries and does not lock out the good keys behind it.
/// </summary>
public sealed class StoreApiRateLimitMiddleware(
    RequestDelegate next,
    IRateLimitStore store,
    BadKeyGate gate,
    ApiKeyDirectory directory,
    ServerKeyDirectory serverKeys,
    IOptions<RateLimitOptions> options,
    TimeProvider clock)
{
    private const string BadKeyMessage = "Too many requests with a missing or invalid API key from this address.";
    private const string BadServerKeyMessage = "Too many requests with a missing or invalid server key from this address.";

    private enum Surface
    {
        StoreApi,
        PluginApi,
    }

    public Task InvokeAsync(HttpContext context) => ApiSurfaces.Of(context.Request.Path).Throttle() switch
    {
        RequestThrottle.PerApiKey => StoreApiAsync(context),
        RequestThrottle.BadServerKeysPerAddress => PluginApiAsync(context),
        _ => next(context),
    };

    private async Task StoreApiAsync(HttpContext context)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var window = FixedWindow.At(now, TimeSpan.FromSeconds(settings.WindowSeconds));
        var windowEnd = window.End;
        var addressKey = "addr:" + ClientAddress.Of(context);
        var presented = context.Request.Headers[AuthSchemes.ApiKeyHeader].ToString().Trim();

        if (await IsRefusedUnreadAsync(Surface.StoreApi, presented, addressKey, window, settings, context.RequestAborted))
        {
            await RejectAsync(context, now, windowEnd, BadKeyMessage);
            return;
        }

        var result = await context.AuthenticateAsync(AuthSchemes.ApiKey);
        var keyId = result.Succeeded ? result.Principal.FindFirst(FluxClaims.ApiKeyId)?.Value : null;
        if (keyId is null)
        {
            await CountFailureAsync(Surface.StoreApi, presented, addressKey, window, settings, context.RequestAborted);
            await next(context); // the authorization step answers 401
            return;
        }

        gate.RememberGood(presented);
        var count = await store.IncrementAsync("key:" + keyId, window.Start, window.Length, context.RequestAborted);
        var limit = settings.PermitLimit;
        AddHeaders(context, limit, count, windowEnd);
        if (count > limit)
        {
            await RejectAsync(context, now, windowEnd, $"Rate limit exceeded: {limit} requests per {settings.WindowSeconds} seconds per API key.");
            return;
        }

        await next(context);
    }

    /// <summary>The plugin API: the same per-address rule for wrong server keys; valid server keys are not counted.</summary>
    private async Task PluginApiAsync(HttpContext context)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var window = FixedWindow.At(now, TimeSpan.FromSeconds(settings.WindowSeconds));
        var addressKey = "plugin-addr:" + ClientAddress.Of(context);
        var presented = context.Request.Headers[AuthSchemes.ServerKeyHeader].ToString().Trim();

        if (await IsRefusedUnreadAsync(Surface.PluginApi, presented, addressKey, window, settings, context.RequestAborted))
        {
            await RejectAsync(context, now, window.End, BadServerKeyMessage);
            return;
        }

        var result = await context.AuthenticateAsync(AuthSchemes.ServerKey);
        if (result.Succeeded)
        {
            gate.RememberGood(presented);
        }
        else
        {
            await CountFailureAsync(Surface.PluginApi, presented, addressKey, window, settings, context.RequestAborted);
        }

        await next(context); // a failure: the authorization step answers 401
    }

    /// <summary>A throttled address gets only credentials that are known to exist looked up; anything else is refused unread.</summary>
    private async ValueTask<bool> IsRefusedUnreadAsync(
        Surface surface, string presented, string addressKey, FixedWindow window, RateLimitOptions settings, CancellationToken cancellationToken)
    {
        if (gate.IsKnownGood(presented) || IsInDirectory(surface, presented)
            || !await IsThrottledAsync(addressKey, window, settings, cancellationToken))
        {
            return false;
        }

        // A copy older than the latest key change is reloaded (once per change) before refusing.
        return !await IsInCurrentDirectoryAsync(surface, presented, cancellationToken);
    }

    private async ValueTask CountFailureAsync(
        Surface surface, string presented, string addressKey, FixedWindow window, RateLimitOptions settings, CancellationToken cancellationToken)
    {
        gate.Forget(presented);
        var failures = await store.IncrementAsync(addressKey, window.Start, window.Length, cancellationToken);
        if (failures >= settings.InvalidKeyPermitLimit)
        {
            gate.Block(addressKey, window.End);
            // This failure already cost a lookup; refusals after it cost none while no key changes.
            await (surface == Surface.StoreApi ? directory.RefreshAsync(cancellationToken) : serverKeys.RefreshAsync(cancellationToken));
        }
    }

    private bool IsInDirectory(Surface surface, string presented) =>
        surface == Surface.StoreApi
            ? ApiKey.TryParse(presented, out var storeId, out var secret) && directory.Contains(storeId, secret)
            : ServerKeyAuthenticationHandler.TryGetSecret(presented, out var serverSecret) && serverKeys.Contains(serverSecret);

    private async ValueTask<bool> IsInCurrentDirectoryAsync(Surface surface, string presented, CancellationToken cancellationToken)
    {
        if (surface == Surface.StoreApi)
        {
            return ApiKey.TryParse(presented, out var storeId, out var secret)
                && await directory.ContainsCurrentAsync(storeId, secret, cancellationToken);
        }

        return ServerKeyAuthenticationHandler.TryGetSecret(presented, out var serverSecret)
            && await serverKeys.ContainsCurrentAsync(serverSecret, cancellationToken);
    }

    /// <summary>Known locally first, so repeated refusals never reach a shared (database) store.</summary>
    private async ValueTask<bool> IsThrottledAsync(string addressKey, FixedWindow window, RateLimitOptions settings, CancellationToken cancellationToken)
    {
        if (gate.IsBlocked(addressKey))
        {
            return true;
        }

        if (await store.PeekAsync(addressKey, window.Start, cancellationToken) < settings.InvalidKeyPermitLimit)
        {
            return false;
        }

        gate.Block(addressKey, window.End);
        return true;
    }

    /// <summary>The three <c>X-RateLimit-*</c> headers on whatever response this request gets.</summary>
    public static void AddHeaders(HttpContext context, int limit, long count, DateTimeOffset windowEnd)
    {
        var remaining = Math.Max(0, limit - count);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = windowEnd.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
    }

    public static Task RejectAsync(HttpContext context, DateTimeOffset now, DateTimeOffset windowEnd, string message)
    {
        var retryAfter = Math.Max(1, (int)Math.Ceiling((windowEnd - now).TotalSeconds));
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return ErrorResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, message);
    }
}
