namespace FluxStore.Management.Infrastructure.RateLimiting;

/// <summary>
/// Fixed-window counters. The in-process store suits one API instance; a shared store (database, Redis)
/// keeps limits exact across several.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>Adds one hit to <paramref name="key"/> in the window starting at <paramref name="windowStart"/>; returns the new count.</summary>
    ValueTask<long> IncrementAsync(string key, DateTimeOffset windowStart, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>The current count without adding a hit.</summary>
    ValueTask<long> PeekAsync(string key, DateTimeOffset windowStart, CancellationToken cancellationToken);

    /// <summary>
    /// Takes one hit back from <paramref name="key"/>'s window starting at <paramref name="windowStart"/>, atomically
    /// (a reservation that was not used up). Nothing happens when the counter is at zero or has moved to another window.
    /// </summary>
    ValueTask DecrementAsync(string key, DateTimeOffset windowStart, CancellationToken cancellationToken);
}
