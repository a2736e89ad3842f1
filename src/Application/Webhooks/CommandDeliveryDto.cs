namespace FluxStore.Management.Application.Webhooks;

/// <summary>The <c>data</c> of <c>command.delivered</c> (and, later, <c>command.failed</c>): one queued game-server command.</summary>
public sealed record CommandDeliveryDto
{
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    public Guid ServerId { get; init; }

    public string Command { get; init; } = string.Empty;

    public string PlayerUsername { get; init; } = string.Empty;

    public string? PlayerUuid { get; init; }

    public bool OnlineOnly { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? ExecutedAt { get; init; }
}
