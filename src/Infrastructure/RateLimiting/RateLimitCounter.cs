namespace FluxStore.Management.Infrastructure.RateLimiting;

/// <summary>One counter row per key, holding the current window's start and count.</summary>
public sealed class RateLimitCounter
{
    public const int KeyMaxLength = 200;

    public string Key { get; set; } = string.Empty;

    /// <summary>Unix seconds of the window the count belongs to.</summary>
    public long WindowStart { get; set; }

    public long Count { get; set; }
}
