namespace FluxStore.Management.Application.Webhooks;

/// <summary>One delivery attempt.</summary>
public sealed record WebhookDeliveryAttemptDto
{
    public Guid Id { get; init; }

    /// <summary>The delivery (one event for this endpoint) the attempt belongs to; <c>resend</c> takes this id.</summary>
    public Guid DeliveryId { get; init; }

    public Guid EventId { get; init; }

    public string EventType { get; init; } = string.Empty;

    /// <summary>1 for the first attempt of a delivery, 2 for its first retry, and so on.</summary>
    public int Attempt { get; init; }

    /// <summary>The receiver's HTTP status; null when no response came (timeout, refused target, network error).</summary>
    public int? StatusCode { get; init; }

    public long DurationMs { get; init; }

    public bool Succeeded { get; init; }

    public string? Error { get; init; }

    /// <summary>The delivery's state now: Pending (a retry is due), Succeeded or Failed (gave up).</summary>
    public string DeliveryStatus { get; init; } = string.Empty;

    public DateTime AttemptedAt { get; init; }
}
