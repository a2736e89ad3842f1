namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary><c>FluxStore:Webhooks:*</c>, validated at start-up.</summary>
public sealed class WebhookOptions
{
    public const string Section = "FluxStore:Webhooks";

    /// <summary>Runs the background dispatcher in this instance (events are still written to the outbox when off).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>Allows <c>http</c> and loopback/private/link-local targets. Development and tests only.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>How often the dispatcher looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Deliveries leased per poll.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a leased delivery belongs to one dispatcher; a crashed one's rows come back after this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A receiver must answer 2xx within this.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait before the first retry; each next wait is multiplied by <see cref="RetryBackoffMultiplier"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public double RetryBackoffMultiplier { get; set; } = 3;

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this long since the event, a delivery that has not succeeded is marked failed.</summary>
    public TimeSpan MaxDeliveryAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The wait after attempt <paramref name="attempt"/> (1-based) failed.</summary>
    public TimeSpan RetryDelay(int attempt)
    {
        var seconds = FirstRetryDelay.TotalSeconds * Math.Pow(RetryBackoffMultiplier, Math.Max(0, attempt - 1));
        return seconds >= MaxRetryDelay.TotalSeconds || double.IsInfinity(seconds) ? MaxRetryDelay : TimeSpan.FromSeconds(seconds);
    }

    public IEnumerable<string> Problems()
    {
        if (PollInterval < TimeSpan.FromMilliseconds(10) || PollInterval > TimeSpan.FromMinutes(5))
            yield return $"{Section}:PollInterval must be between 10 ms and 5 minutes.";
        if (BatchSize is < 1 or > 500)
            yield return $"{Section}:BatchSize must be between 1 and 500.";
        if (RequestTimeout <= TimeSpan.Zero || RequestTimeout > TimeSpan.FromMinutes(2))
            yield return $"{Section}:RequestTimeout must be positive and at most 2 minutes.";
        if (LeaseDuration <= RequestTimeout)
            yield return $"{Section}:LeaseDuration must be longer than RequestTimeout.";
        if (FirstRetryDelay < TimeSpan.Zero || MaxRetryDelay < FirstRetryDelay)
            yield return $"{Section}:FirstRetryDelay must not be negative and MaxRetryDelay must be at least FirstRetryDelay.";
        if (RetryBackoffMultiplier is < 1 or > 100)
            yield return $"{Section}:RetryBackoffMultiplier must be between 1 and 100.";
        if (MaxDeliveryAge <= TimeSpan.Zero)
            yield return $"{Section}:MaxDeliveryAge must be positive.";
    }
}
