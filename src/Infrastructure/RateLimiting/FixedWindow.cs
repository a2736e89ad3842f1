namespace FluxStore.Management.Infrastructure.RateLimiting;

/// <summary>The fixed window (aligned to the Unix epoch) that contains an instant.</summary>
public readonly record struct FixedWindow(DateTimeOffset Start, TimeSpan Length)
{
    public DateTimeOffset End => Start + Length;

    public static FixedWindow At(DateTimeOffset now, TimeSpan length) =>
        new(new DateTimeOffset(now.UtcTicks - (now.UtcTicks % length.Ticks), TimeSpan.Zero), length);

    /// <summary>Whole seconds until the window ends, at least 1 (the <c>Retry-After</c> value).</summary>
    public int RetryAfterSeconds(DateTimeOffset now) => Math.Max(1, (int)Math.Ceiling((End - now).TotalSeconds));
}
