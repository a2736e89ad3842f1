using System.Text.Json;

namespace FluxStore.Management.Application.Events;

/// <summary>
/// One event, exactly the body a webhook endpoint receives for it: <c>{id, type, createdAt, storeId, data}</c>, where
/// <c>data</c> is the resource as the Store API returns it (an order, a subscription, a package, a queued command).
/// </summary>
public sealed record EventDto
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The event id; a webhook delivery carries it too (receivers dedupe by it).</summary>
    public Guid Id { get; init; }

    /// <summary>The event type, e.g. <c>order.created</c>.</summary>
    public string Type { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public Guid StoreId { get; init; }

    /// <summary>The resource the event is about, as the Store API returns it.</summary>
    public JsonElement Data { get; init; }

    /// <summary>Reads a stored webhook body.</summary>
    public static EventDto FromPayload(string payload) =>
        JsonSerializer.Deserialize<EventDto>(payload, Options) ?? throw new InvalidOperationException("An event with an empty body.");
}
