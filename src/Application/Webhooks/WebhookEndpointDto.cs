using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Webhooks;

/// <summary>A webhook endpoint as lists and reads show it: never its signing secret.</summary>
public record WebhookEndpointDto
{
    public Guid Id { get; init; }

    public string Url { get; init; } = string.Empty;

    public IReadOnlyList<string> Events { get; init; } = [];

    public bool IsActive { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public static WebhookEndpointDto From(WebhookEndpoint endpoint) => new()
    {
        Id = endpoint.Id,
        Url = endpoint.Url,
        Events = endpoint.EventList,
        IsActive = endpoint.IsActive,
        CreatedAt = endpoint.CreatedAt,
        UpdatedAt = endpoint.UpdatedAt,
    };
}

/// <summary>Returned by create and roll-secret only: the signing secret, shown this once.</summary>
public sealed record WebhookEndpointCreatedDto : WebhookEndpointDto
{
    /// <summary><c>whsec_…</c>: the HMAC-SHA256 key is the UTF-8 bytes of this whole string.</summary>
    public string Secret { get; init; } = string.Empty;

    public static WebhookEndpointCreatedDto From(WebhookEndpoint endpoint, string secret) =>
        new(WebhookEndpointDto.From(endpoint)) { Secret = secret };

    private WebhookEndpointCreatedDto(WebhookEndpointDto dto)
        : base(dto)
    {
    }

    public WebhookEndpointCreatedDto()
    {
    }
}

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

/// <summary>A delivery queued by resend or test.</summary>
public sealed record WebhookDeliveryQueuedDto(Guid DeliveryId, Guid EventId, string EventType);
