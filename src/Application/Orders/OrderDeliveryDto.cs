namespace FluxStore.Management.Application.Orders;

/// <summary>One game-server command the order queued, and how far the plugin got with it.</summary>
public sealed record OrderDeliveryDto
{
    public const string Pending = "pending";
    public const string Leased = "leased";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public Guid Id { get; init; }

    public Guid ServerId { get; init; }

    /// <summary>The game server's current name.</summary>
    public string? ServerName { get; init; }

    public string Command { get; init; } = string.Empty;

    /// <summary>
    /// <c>pending</c> (waiting for a poll), <c>leased</c> (handed to the plugin, lease running), <c>delivered</c>
    /// (acknowledged), <c>failed</c> (the plugin reported failures until the attempts ran out) or <c>cancelled</c> (a refund
    /// withdrew it before it was acknowledged).
    /// </summary>
    public string Status { get; init; } = Pending;

    /// <summary>How many times the plugin was given the command.</summary>
    public int Attempts { get; init; }

    /// <summary>When the plugin acknowledged it.</summary>
    public DateTime? DeliveredAt { get; init; }

    /// <summary>The reason of the plugin's last failure report.</summary>
    public string? LastError { get; init; }
}
