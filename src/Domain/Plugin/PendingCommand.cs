using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Domain.Plugin;

/// <summary>
/// A rendered command waiting for one game server's plugin to fetch and run it. A poll leases it until
/// <see cref="LeasedUntil"/> (counting an <see cref="Attempts">attempt</see>); the plugin acknowledges it, which sets
/// <see cref="ExecutedAt"/>, or reports a failure (<see cref="LastError"/>), after which it is offered again until
/// the attempts run out and <see cref="FailedAt"/> is set. Executed, failed and cancelled rows stay as the delivery history.
/// </summary>
public sealed class PendingCommand : Entity, IStoreOwned
{
    public const int CommandMaxLength = 8000;
    public const int PlayerUsernameMaxLength = 100;
    public const int PlayerUuidMaxLength = 64;
    public const int LastErrorMaxLength = 1000;

    private PendingCommand()
    {
    }

    public PendingCommand(
        Guid storeId,
        Guid gameServerId,
        Guid orderId,
        int sequence,
        string command,
        string playerUsername,
        string? playerUuid,
        bool onlineOnly,
        DateTime now)
    {
        if (string.IsNullOrWhiteSpace(command))
        {
            throw new DomainRuleException("A queued command cannot be empty.");
        }

        if (command.Length > CommandMaxLength)
        {
            throw new DomainRuleException($"commands: a rendered command is longer than {CommandMaxLength} characters.");
        }

        StoreId = storeId;
        GameServerId = gameServerId;
        OrderId = orderId;
        Sequence = sequence;
        Command = command;
        PlayerUsername = playerUsername;
        PlayerUuid = string.IsNullOrWhiteSpace(playerUuid) ? null : playerUuid;
        OnlineOnly = onlineOnly;
        CreatedAt = now;
    }

    public Guid StoreId { get; private set; }

    public Guid GameServerId { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>Position within the commands queued for one order, so they run in the package's order.</summary>
    public int Sequence { get; private set; }

    public string Command { get; private set; } = string.Empty;

    public string PlayerUsername { get; private set; } = string.Empty;

    public string? PlayerUuid { get; private set; }

    public bool OnlineOnly { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ExecutedAt { get; private set; }

    /// <summary>The order item whose package queued it (null for rows queued before items were recorded).</summary>
    public Guid? OrderItemId { get; private set; }

    /// <summary>The package command stage it came from: <c>Purchase</c> or <c>Refund</c>.</summary>
    public CommandStage Stage { get; private set; } = CommandStage.Purchase;

    /// <summary>Set when a refund cancels a purchase command before the plugin ran it; it is then never offered.</summary>
    public DateTime? CancelledAt { get; private set; }

    /// <summary>While in the future, the command belongs to the poll that leased it and no other poll is given it.</summary>
    public DateTime? LeasedUntil { get; private set; }

    /// <summary>Identifies the poll that leased the command last (the poll reads its rows back by it).</summary>
    public Guid? LeaseToken { get; private set; }

    /// <summary>How many times a poll has handed the command to the plugin.</summary>
    public int Attempts { get; private set; }

    /// <summary>The reason the plugin gave with its last failure report.</summary>
    public string? LastError { get; private set; }

    /// <summary>Set when the plugin reported a failure and the attempts had run out; it is then never offered again.</summary>
    public DateTime? FailedAt { get; private set; }

    public bool IsPending => ExecutedAt is null && CancelledAt is null && FailedAt is null;

    /// <summary>Records which order item and stage queued the command.</summary>
    public PendingCommand For(Guid? orderItemId, CommandStage stage)
    {
        OrderItemId = orderItemId;
        Stage = stage;
        return this;
    }
}
