namespace FluxStore.Management.Application.Plugin;

/// <summary>The calling server's pending commands, oldest first, at most <see cref="MaxBatch"/> per call.</summary>
[RequireGameServer]
public sealed record GetPendingCommandsQuery : IRequest<IReadOnlyList<PluginCommandDto>>
{
    public const int MaxBatch = 100;
}

public sealed class GetPendingCommandsQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper)
    : IRequestHandler<GetPendingCommandsQuery, IReadOnlyList<PluginCommandDto>>
{
    public async Task<IReadOnlyList<PluginCommandDto>> Handle(GetPendingCommandsQuery request, CancellationToken cancellationToken)
    {
        var (storeId, serverId) = PluginCaller.Require(caller);
        return await db.PendingCommands.AsNoTracking()
            .Where(c => c.GameServerId == serverId && c.StoreId == storeId && c.ExecutedAt == null && c.CancelledAt == null)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.OrderId).ThenBy(c => c.Sequence)
            .Take(GetPendingCommandsQuery.MaxBatch)
            .ProjectTo<PluginCommandDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
    }
}
