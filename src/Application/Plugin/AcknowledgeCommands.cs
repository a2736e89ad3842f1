using FluxStore.Management.Application.Common.Telemetry;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Application.Plugin;

/// <summary>
/// The plugin's report on commands it was given: <see cref="Ids"/> ran (marked executed), <see cref="Failed"/> did not
/// (offered again until <c>FluxStore:Plugin:MaxAttempts</c>, then marked failed). Only the caller's own pending
/// commands change; unknown ids, ids of other servers and commands already settled are ignored, so retrying is harmless.
/// </summary>
[RequireGameServer]
public sealed record AcknowledgeCommandsCommand : IRequest<AcknowledgeResultDto>
{
    public const int MaxIds = 500;

    public IReadOnlyList<Guid>? Ids { get; init; }

    public IReadOnlyList<FailedCommandReport>? Failed { get; init; }
}

/// <summary>One command the plugin could not run, and why (shown to the store owner as the delivery's <c>lastError</c>).</summary>
public sealed record FailedCommandReport
{
    public Guid Id { get; init; }

    public string? Reason { get; init; }
}

public sealed class AcknowledgeCommandsCommandValidator : AbstractValidator<AcknowledgeCommandsCommand>
{
    public AcknowledgeCommandsCommandValidator()
    {
        RuleFor(x => x)
            .Must(x => x.Ids is not null || x.Failed is not null)
            .WithName("ids")
            .WithMessage("'ids' (commands that ran) or 'failed' (commands that did not) is required.");
        RuleFor(x => x)
            .Must(x => (x.Ids?.Count ?? 0) + (x.Failed?.Count ?? 0) <= AcknowledgeCommandsCommand.MaxIds)
            .WithName("ids")
            .WithMessage($"'ids' and 'failed' may hold at most {AcknowledgeCommandsCommand.MaxIds} commands together.");
        RuleFor(x => x)
            .Must(x => x.Ids is null || x.Failed is null || !x.Failed.Any(f => f is not null && x.Ids.Contains(f.Id)))
            .WithName("failed")
            .WithMessage("A command cannot be reported both in 'ids' and in 'failed'.");
        RuleForEach(x => x.Failed).NotNull().ChildRules(failure =>
        {
            failure.RuleFor(f => f.Id).NotEmpty().WithMessage("Each entry of 'failed' needs the command's 'id'.");
            failure.RuleFor(f => f.Reason)
                .MaximumLength(Domain.Plugin.PendingCommand.LastErrorMaxLength)
                .WithMessage($"A failure 'reason' may be at most {Domain.Plugin.PendingCommand.LastErrorMaxLength} characters.");
        });
    }
}

public sealed class AcknowledgeCommandsCommandHandler(
    IApplicationDbContext db, ICallerContext caller, TimeProvider clock, Webhooks.IWebhookOutbox webhooks, IMapper mapper, IOptions<PluginOptions> options)
    : IRequestHandler<AcknowledgeCommandsCommand, AcknowledgeResultDto>
{
    public async Task<AcknowledgeResultDto> Handle(AcknowledgeCommandsCommand request, CancellationToken cancellationToken)
    {
        var (storeId, serverId) = PluginCaller.Require(caller);
        var ids = (request.Ids ?? []).Distinct().ToList();
        // One report per command: the last reason given for it counts.
        var failures = (request.Failed ?? [])
            .GroupBy(f => f.Id)
            .Select(g => g.Last())
            .ToList();

        // Conditional UPDATEs (concurrent or repeated reports cannot double-count), raising command.delivered / command.failed.
        var now = clock.GetUtcNow().UtcDateTime;
        var acknowledged = ids.Count == 0
            ? 0
            : await CommandDeliveredEvents.AcknowledgeAsync(db, webhooks, mapper, storeId, serverId, ids, now, cancellationToken);
        var failed = failures.Count == 0
            ? 0
            : await CommandFailedEvents.ReportAsync(
                db, webhooks, mapper, storeId, serverId, failures.Select(f => (f.Id, Trimmed(f.Reason))).ToList(), options.Value.MaxAttempts, now, cancellationToken);
        FluxStoreTelemetry.CommandsDeliveredBy(acknowledged);
        FluxStoreTelemetry.CommandsFailedBy(failed);
        return new AcknowledgeResultDto(acknowledged, failed);
    }

    private static string? Trimmed(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}
