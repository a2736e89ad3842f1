using FluxStore.Management.Application.Common.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.RateLimiting;

/// <summary>
/// With <c>FluxStore:RateLimit:Store=Database</c>: every <c>FluxStore:RateLimit:PruneIntervalSeconds</c> deletes the
/// counter rows whose window started more than two of the longest configured windows ago (no limiter reads them any
/// more), so the table holds the active keys only. A failed pass (the database unreachable) is logged and retried on
/// the next tick; it never stops the API.
/// </summary>
public sealed class RateLimitCounterPruner(
    DatabaseRateLimitStore store,
    IOptions<RateLimitOptions> rateLimit,
    IOptions<AuthThrottleOptions> authThrottle,
    TimeProvider clock,
    ILogger<RateLimitCounterPruner> logger) : BackgroundService
{
    /// <summary>The longest window any limiter uses; rows older than two of these are stale for all of them.</summary>
    public TimeSpan LongestWindow => TimeSpan.FromSeconds(Math.Max(
        rateLimit.Value.WindowSeconds,
        Math.Max(authThrottle.Value.FailedLoginWindowSeconds, authThrottle.Value.AddressWindowSeconds)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (rateLimit.Value.Store != RateLimitStoreKind.Database)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(rateLimit.Value.PruneIntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stoppingToken);
                using var span = FluxStoreTelemetry.Source.StartActivity("rate_limit.prune");
                var removed = await store.PruneAsync(clock.GetUtcNow() - 2 * LongestWindow, stoppingToken);
                if (removed > 0)
                {
                    logger.LogDebug("Removed {Count} stale rate-limit counters", removed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                logger.LogWarning("Pruning rate-limit counters failed; retrying in {Interval}: {Reason}", interval, error.GetBaseException().Message);
            }
        }
    }
}
