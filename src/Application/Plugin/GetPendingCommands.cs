using FluxStore.Management.Application.Common.Telemetry;
using FluxStore.Management.Domain.Plugin;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Application.Plugin;

/// <summary>
/// The calling server's offerable commands (pending and not leased), oldest first, at most <see cref="MaxBatch"/> per
/// call. They are leased to this poll for <c>FluxStore:Plugin:LeaseSeconds</c>, so no other poll gets them until the
/// lease ends; <see cref="Peek"/> lists the same commands without leasing them.
/// </summary>
[RequireGameServer]
public sealed record GetPendingCommandsQuery : IRequest<IReadOnlyList<PluginCommandDto>>
{
    public const int MaxBatch = 100;

    /// <summary>List what a poll would lease now, without leasing it.</summary>
    public bool Peek { get; init; }
}

public sealed class GetPendingCommandsQueryHandler(
    IApplicationDbContext db, ICallerContext caller, ICommandLeaser leaser, TimeProvider clock, IOptions<PluginOptions> options, IMapper mapper)
    : IRequestHandler<GetPendingCommandsQuery, IReadOnlyList<PluginCommandDto>>
{
    public async Task<IReadOnlyList<PluginCommandDto>> Handle(GetPendingCommandsQuery request, CancellationToken cancellationToken)
    {
        var (storeId, serverId) = PluginCaller.Require(caller);
        var now = clock.GetUtcNow().UtcDateTime;
        IQueryable<PendingCommand> commands;
        if (request.Peek)
        {
            commands = db.PendingCommands.Where(c => c.GameServerId == serverId && c.StoreId == storeId
                && c.ExecutedAt == null && c.CancelledAt == null && c.FailedAt == null
                && (c.LeasedUntil == null || c.LeasedUntil <= now));
        }
        else
        {
            // One exact lease (conditional UPDATE of the next rows), then this poll's rows read back by its token.
            var token = Guid.CreateVersion7();
            var leased = await leaser.LeaseAsync(storeId, serverId, token, now, now + options.Value.Lease, GetPendingCommandsQuery.MaxBatch, cancellationToken);
            if (leased == 0)
            {
                return [];
            }

            FluxStoreTelemetry.CommandsLeasedBy(leased);

            commands = db.PendingCommands.Where(c => c.LeaseToken == token && c.GameServerId == serverId);
        }

        return await commands.AsNoTracking()
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.OrderId).ThenBy(c => c.Sequence)
            .Take(GetPendingCommandsQuery.MaxBatch)
            .ProjectTo<PluginCommandDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
    }
}
