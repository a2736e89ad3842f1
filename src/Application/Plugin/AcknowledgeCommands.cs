namespace FluxStore.Management.Application.Plugin;

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

public sealed class AcknowledgeCommandsCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, Webhooks.IWebhookOutbox webhooks, IMapper mapper)
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
        var acknowledged = await Webhooks.CommandDeliveredEvents.AcknowledgeAsync(db, webhooks, mapper, storeId, serverId, ids, now, cancellationToken);
        return new AcknowledgeResultDto(acknowledged);
    }
}
