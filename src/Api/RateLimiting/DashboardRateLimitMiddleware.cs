using FluxStore.Management.Api.Authentication;
using FluxStore.Management.Infrastructure.RateLimiting;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Api.RateLimiting;

/// <summary>
/// The dashboard's store routes (<c>/api/stores</c> and below): a fixed window per signed-in user
/// (<c>FluxStore:RateLimit:DashboardPermitLimit</c>, the Store API's window), counted before any permission check,
/// with the Store API's <c>X-RateLimit-*</c> headers on every response and its 429. Runs after authentication:
/// a request without a valid token is not counted here and gets its 401 further on.
/// </summary>
public sealed class DashboardRateLimitMiddleware(
    RequestDelegate next, IRateLimitStore store, IOptions<RateLimitOptions> options, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (ApiSurfaces.Of(context.Request.Path).Throttle() != RequestThrottle.PerUser
            || context.User.FindFirst(FluxClaims.CallerKind)?.Value != nameof(Application.Common.Interfaces.CallerKind.User)
            || context.User.FindFirst(FluxClaims.Subject)?.Value is not { } userId)
        {
            await next(context);
            return;
        }

        var settings = options.Value;
        var now = clock.GetUtcNow();
        var window = FixedWindow.At(now, TimeSpan.FromSeconds(settings.WindowSeconds));
        var count = await store.IncrementAsync("user:" + userId, window.Start, window.Length, context.RequestAborted);
        var limit = settings.DashboardPermitLimit;
        StoreApiRateLimitMiddleware.AddHeaders(context, limit, count, window.End);
        if (count > limit)
        {
            await StoreApiRateLimitMiddleware.RejectAsync(
                context, now, window.End, $"Rate limit exceeded: {limit} requests per {settings.WindowSeconds} seconds per user.");
            return;
        }

        await next(context);
    }
}
