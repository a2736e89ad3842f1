using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Webhooks;

/// <summary>
/// A store's HTTPS endpoint that receives signed event deliveries. The signing secret is kept encrypted
/// (<see cref="ProtectedSecret"/>, with a key outside the database) because it must be read back to sign.
/// </summary>
public sealed class WebhookEndpoint : Entity, IStoreOwned
{
    public const int UrlMaxLength = 2000;
    public const int EventsMaxLength = 400;
    public const int ProtectedSecretMaxLength = 1000;
    public const string SecretPrefix = "whsec_";
    public const int SecretLength = 32;
    public const int DisabledReasonMaxLength = 200;

    private WebhookEndpoint()
    {
    }

    public WebhookEndpoint(Guid storeId, string url, IEnumerable<string> events, bool isActive, string protectedSecret, DateTime now)
    {
        StoreId = storeId;
        Url = url;
        SetEvents(events);
        IsActive = isActive;
        ProtectedSecret = protectedSecret;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid StoreId { get; private set; }

    public string Url { get; set; } = string.Empty;

    /// <summary>
    /// Subscribed event types stored as <c>,a,b,</c>: a delimited list, so "subscribes to X" is one
    /// <c>LIKE '%,X,%'</c> test in SQL on every provider.
    /// </summary>
    public string Events { get; private set; } = ",";

    public bool IsActive { get; private set; }

    public string ProtectedSecret { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Failed attempts in a row since the last success (the circuit breaker's count).</summary>
    public int ConsecutiveFailures { get; private set; }

    /// <summary>When the current run of failures began; null after a success.</summary>
    public DateTime? FailingSince { get; private set; }

    /// <summary>Why the platform turned the endpoint off (the circuit breaker); null when active or turned off by a person.</summary>
    public string? DisabledReason { get; private set; }

    public DateTime? DisabledAt { get; private set; }

    public IReadOnlyList<string> EventList => SplitEvents(Events);

    /// <summary>The event types of a stored <see cref="Events"/> value, in stored order.</summary>
    public static IReadOnlyList<string> SplitEvents(string events) => events.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The token a subscribed endpoint's <see cref="Events"/> contains.</summary>
    public static string EventToken(string type) => $",{type},";

    public static string FormatSecret(string random) => SecretPrefix + random;

    public void SetEvents(IEnumerable<string> events)
    {
        var distinct = events.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            throw new DomainRuleException("A webhook endpoint needs at least one event.");
        }

        var unknown = distinct.FirstOrDefault(e => !WebhookEventTypes.IsKnown(e));
        if (unknown is not null)
        {
            throw new DomainRuleException($"events: unknown event type '{unknown}'.");
        }

        Events = "," + string.Join(',', distinct) + ",";
    }

    public void RollSecret(string protectedSecret, DateTime now)
    {
        ProtectedSecret = protectedSecret;
        UpdatedAt = now;
    }

    public void Touch(DateTime now) => UpdatedAt = now;

    /// <summary>
    /// Turns the endpoint on or off by the owner's hand. Turning it on clears what the circuit breaker left
    /// (reason, time, failure count), so it starts with a clean slate.
    /// </summary>
    public void SetActive(bool isActive)
    {
        IsActive = isActive;
        if (isActive)
        {
            DisabledReason = null;
            DisabledAt = null;
            ConsecutiveFailures = 0;
            FailingSince = null;
        }
    }
}
