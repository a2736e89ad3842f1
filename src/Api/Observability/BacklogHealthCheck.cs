using FluxStore.Management.Infrastructure.Observability;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FluxStore.Management.Api.Observability;

/// <summary>
/// Two checks of <c>/health/ready</c>, read from <see cref="QueueBacklog"/> (cached a few seconds):
/// <c>outbox</c> is Degraded (still 200) when the oldest due webhook delivery has waited more than
/// <see cref="OutboxLimit"/>, <c>commandQueue</c> when the oldest pending game-server command is older than
/// <see cref="CommandLimit"/>.
/// </summary>
public sealed class BacklogHealthCheck(QueueBacklog backlog, string name) : IHealthCheck
{
    public const string Outbox = "outbox";

    public const string CommandQueue = "commandQueue";

    public static readonly TimeSpan OutboxLimit = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan CommandLimit = TimeSpan.FromHours(1);

    public static IHealthChecksBuilder AddBacklogChecks(IHealthChecksBuilder checks) => checks
        .AddTypeActivatedCheck<BacklogHealthCheck>(Outbox, HealthStatus.Degraded, ["ready"], Outbox)
        .AddTypeActivatedCheck<BacklogHealthCheck>(CommandQueue, HealthStatus.Degraded, ["ready"], CommandQueue);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = await backlog.ReadAsync(cancellationToken);
        if (name == Outbox)
        {
            var age = snapshot.OutboxOldestDueAge;
            return age > OutboxLimit
                ? HealthCheckResult.Degraded($"The oldest due webhook delivery has waited {Minutes(age)} (more than 5 min); {snapshot.OutboxDue} due.")
                : HealthCheckResult.Healthy($"{snapshot.OutboxDue} due; the oldest has waited {Math.Round(age.TotalSeconds):0} s.");
        }

        var oldest = snapshot.OldestPendingCommandAge;
        return oldest > CommandLimit
            ? HealthCheckResult.Degraded($"The oldest pending game-server command is {Minutes(oldest)} old (more than 60 min); {snapshot.CommandsPending} pending.")
            : HealthCheckResult.Healthy($"{snapshot.CommandsPending} pending; the oldest is {Math.Round(oldest.TotalSeconds):0} s old.");
    }

    private static string Minutes(TimeSpan age) => $"{Math.Floor(age.TotalMinutes):0} min";
}
