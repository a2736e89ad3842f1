using FluxStore.Management.Domain.Common;

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

    public bool IsPending => ExecutedAt is null;
}
