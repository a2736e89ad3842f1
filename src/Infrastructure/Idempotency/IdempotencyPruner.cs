using FluxStore.Management.Application.Common.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Idempotency;

/// <summary>Deletes dead idempotency rows every <see cref="IdempotencyOptions.PruneInterval"/>, in each instance.</summary>
public sealed partial class IdempotencyPruner(
    IdempotencyStore store,
    IOptions<IdempotencyOptions> options,
    TimeProvider clock,
    ILogger<IdempotencyPruner> logger) : BackgroundService
{
    private long _passes;

    /// <summary>Passes finished (pruned or failed) since start: lets a caller wait for the next one instead of for a time.</summary>
    public long CompletedPasses => Interlocked.Read(ref _passes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.PruneInterval, clock, stoppingToken);
                using var span = FluxStoreTelemetry.Source.StartActivity("idempotency.prune");
                await store.PruneAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be away for a while; the next round tries again.
                LogPruneFailed(logger, exception.GetType().Name);
            }

            Interlocked.Increment(ref _passes);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning idempotency keys failed ({ErrorType}); trying again next round.")]
    private static partial void LogPruneFailed(ILogger logger, string errorType);
}
