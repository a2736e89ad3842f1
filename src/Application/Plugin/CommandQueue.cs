using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Plugin;

namespace FluxStore.Management.Application.Plugin;

/// <summary>
/// Turns a purchase into rendered commands queued for game servers. The caller (an order handler) saves
/// them in the same transaction as the order.
/// </summary>
public static class CommandQueue
{
    /// <summary>
    /// Adds (does not save) the <c>purchase</c>-stage commands of <paramref name="package"/> (with
    /// <c>Commands</c> and <c>Servers</c> loaded) to <paramref name="db"/>. Target servers are
    /// <paramref name="chosenServerId"/> when given, else every server of the package; a command that names
    /// servers runs only on those of them that are targets. Returns how many commands were queued.
    /// </summary>
    public static int QueuePurchaseCommands(
        IApplicationDbContext db,
        Guid storeId,
        Guid orderId,
        Package package,
        Guid? chosenServerId,
        string username,
        string? uuid,
        int quantity,
        DateTime now,
        Guid? orderItemId = null)
    {
        // Several items of one order: continue the order's sequence so its commands keep their order.
        var firstSequence = db.PendingCommands.Local.Count(c => c.OrderId == orderId);
        var commands = BuildPurchaseCommands(storeId, orderId, package, chosenServerId, username, uuid, quantity, now, firstSequence, orderItemId);
        db.PendingCommands.AddRange(commands);
        return commands.Count;
    }

    /// <summary>The pure part of <see cref="QueuePurchaseCommands"/>: which commands, rendered, for which servers.</summary>
    public static IReadOnlyList<PendingCommand> BuildPurchaseCommands(
        Guid storeId,
        Guid orderId,
        Package package,
        Guid? chosenServerId,
        string username,
        string? uuid,
        int quantity,
        DateTime now,
        int firstSequence = 0,
        Guid? orderItemId = null)
    {
        IReadOnlyList<Guid> targets = chosenServerId is { } chosen
            ? [chosen]
            : package.Servers.Select(s => s.GameServerId).Distinct().ToList();
        return BuildStageCommands(CommandStage.Purchase, storeId, orderId, orderItemId, package, package.Name, targets, username, uuid, quantity, now, firstSequence);
    }

    /// <summary>
    /// How many commands one order item of <paramref name="package"/> (with <c>Commands</c> and <c>Servers</c> loaded)
    /// can ever queue: purchase and refund, and for a subscription renewal and expiry, each × its target servers
    /// (<paramref name="chosenServerId"/>, else every server of the package). Counted, not rendered.
    /// </summary>
    public static int CountOrderLifeCommands(Package package, Guid? chosenServerId)
    {
        IReadOnlyCollection<Guid> targets = chosenServerId is { } chosen
            ? [chosen]
            : package.Servers.Select(s => s.GameServerId).Distinct().ToList();
        return package.Commands
            .Where(c => c.Stage is CommandStage.Purchase or CommandStage.Refund || package.IsSubscription)
            .Sum(c => c.ServerIdList is { Count: > 0 } named ? targets.Count(named.Contains) : targets.Count);
    }

    /// <summary>
    /// The rendered commands of one <paramref name="stage"/> of <paramref name="package"/> (with <c>Commands</c>
    /// loaded) for the given target servers; a command that names servers runs only on those of them that are targets.
    /// </summary>
    public static IReadOnlyList<PendingCommand> BuildStageCommands(
        CommandStage stage,
        Guid storeId,
        Guid orderId,
        Guid? orderItemId,
        Package package,
        string packageName,
        IReadOnlyCollection<Guid> targets,
        string username,
        string? uuid,
        int quantity,
        DateTime now,
        int firstSequence)
    {
        var queued = new List<PendingCommand>();
        if (targets.Count == 0)
        {
            return queued;
        }

        var sequence = firstSequence;
        foreach (var command in package.Commands.Where(c => c.Stage == stage).OrderBy(c => c.Position))
        {
            var named = command.ServerIdList;
            var servers = named is { Count: > 0 } ? targets.Where(named.Contains) : targets;
            var text = command.Render(username, uuid, orderId, packageName, quantity);
            foreach (var serverId in servers)
            {
                queued.Add(new PendingCommand(storeId, serverId, orderId, sequence++, text, username, uuid, command.OnlineOnly, now).For(orderItemId, stage));
            }
        }

        return queued;
    }
}
