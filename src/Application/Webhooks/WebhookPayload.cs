using System.Text.Json;

namespace FluxStore.Management.Application.Webhooks;

/// <summary>The body every delivery carries: <c>{id, type, createdAt, storeId, data}</c>.</summary>
public static class WebhookPayload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(Guid eventId, string eventType, DateTime createdAt, Guid storeId, object data) =>
        JsonSerializer.Serialize(new Envelope(eventId, eventType, createdAt, storeId, data), Options);

    private sealed record Envelope(Guid Id, string Type, DateTime CreatedAt, Guid StoreId, object Data);
}
