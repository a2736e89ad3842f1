using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Domain.Plugin;

/// <summary>
/// A rendered command waiting for one game server's plugin to fetch and run it. The plugin acknowledges
/// it, which sets <see cref="ExecutedAt"/>; executed rows stay as the delivery history.
/// </summary>
public sealed class PendingCommand : Entity, IStoreOwned
{
    public const int CommandMaxLength = 8000;
    public const int PlayerUsernameMaxLength = 100;
    public const int PlayerUuidMaxLength = 64;

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

    public bool IsPending => ExecutedAt is null && CancelledAt is null;

    /// <summary>Records which order item and stage queued the command.</summary>
    public PendingCommand For(Guid? orderItemId, CommandStage stage)
    {
        OrderItemId = orderItemId;
        Stage = stage;
        return this;
    }
}
