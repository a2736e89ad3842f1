namespace FluxStore.Management.Application.Plugin;

/// <summary>A queued command as the plugin receives it; <c>command</c> is already rendered.</summary>
public sealed record PluginCommandDto(
    Guid Id,
    string Command,
    string PlayerUsername,
    string? PlayerUuid,
    bool OnlineOnly,
    Guid OrderId,
    DateTime CreatedAt);

public sealed record AcknowledgeResultDto(int Acknowledged);

/// <summary>The calling server's pending commands, oldest first, at most <see cref="MaxBatch"/> per call.</summary>
[RequireGameServer]
public sealed record GetPendingCommandsQuery : IRequest<IReadOnlyList<PluginCommandDto>>
{
    public const int MaxBatch = 100;
}

public sealed class GetPendingCommandsQueryHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<GetPendingCommandsQuery, IReadOnlyList<PluginCommandDto>>
{
    public async Task<IReadOnlyList<PluginCommandDto>> Handle(GetPendingCommandsQuery request, CancellationToken cancellationToken)
    {
        var (storeId, serverId) = PluginCaller.Require(caller);
        return await db.PendingCommands.AsNoTracking()
            .Where(c => c.GameServerId == serverId && c.StoreId == storeId && c.ExecutedAt == null)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.OrderId).ThenBy(c => c.Sequence)
            .Take(GetPendingCommandsQuery.MaxBatch)
            .Select(c => new PluginCommandDto(c.Id, c.Command, c.PlayerUsername, c.PlayerUuid, c.OnlineOnly, c.OrderId, c.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>
/// Marks commands as executed. Only the caller's own pending commands change; unknown ids, ids of other
/// servers and commands already acknowledged are ignored, so retrying is harmless.
/// </summary>
[RequireGameServer]
public sealed record AcknowledgeCommandsCommand : IRequest<AcknowledgeResultDto>
{
    public const int MaxIds = 500;

    public IReadOnlyList<Guid>? Ids { get; init; }
}

public sealed class AcknowledgeCommandsCommandValidator : AbstractValidator<AcknowledgeCommandsCommand>
{
    public AcknowledgeCommandsCommandValidator() =>
        RuleFor(x => x.Ids)
            .NotNull()
            .Must(ids => ids is null || ids.Count <= AcknowledgeCommandsCommand.MaxIds)
            .WithMessage($"'ids' may hold at most {AcknowledgeCommandsCommand.MaxIds} ids.");
}

public sealed class AcknowledgeCommandsCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, Webhooks.IWebhookOutbox webhooks)
    : IRequestHandler<AcknowledgeCommandsCommand, AcknowledgeResultDto>
{
    public async Task<AcknowledgeResultDto> Handle(AcknowledgeCommandsCommand request, CancellationToken cancellationToken)
    {
        var (storeId, serverId) = PluginCaller.Require(caller);
        var ids = request.Ids!.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new AcknowledgeResultDto(0);
        }

        // Conditional UPDATEs (concurrent or repeated acknowledgements cannot double-count), raising command.delivered.
        var now = clock.GetUtcNow().UtcDateTime;
        var acknowledged = await Webhooks.CommandDeliveredEvents.AcknowledgeAsync(db, webhooks, storeId, serverId, ids, now, cancellationToken);
        return new AcknowledgeResultDto(acknowledged);
    }
}

internal static class PluginCaller
{
    public static (Guid StoreId, Guid ServerId) Require(ICallerContext caller) =>
        caller.ServerId is { } serverId && caller.StoreId is { } storeId
            ? (storeId, serverId)
            : throw new AuthenticationFailedException("A server key is required.");
}
