using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary><c>FluxStore:Webhooks:*</c>, validated at start-up.</summary>
public sealed class WebhookOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Webhooks";

    /// <summary>Runs the background dispatcher in this instance (events are still written to the outbox when off).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>Allows <c>http</c> and loopback/private/link-local targets. Development and tests only.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>How often the dispatcher looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Deliveries leased per poll at most.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Deliveries in flight in this instance, all stores together.</summary>
    public int MaxInFlight { get; set; } = 100;

    /// <summary>
    /// Deliveries of one store in flight in this instance: a store whose receivers hang cannot hold more slots than
    /// this, so other stores' events keep flowing.
    /// </summary>
    public int MaxInFlightPerStore { get; set; } = 4;

    /// <summary>The circuit breaker: an endpoint is turned off after this many failed attempts in a row ...</summary>
    public int CircuitBreakerFailures { get; set; } = 20;

    /// <summary>... spread over at least this long (both conditions).</summary>
    public TimeSpan CircuitBreakerMinDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary><c>POST …/webhooks/{id}/test</c> and <c>…/resend</c> per store per minute (all instances together with the database rate-limit store).</summary>
    public int ManualSendsPerMinute { get; set; } = 10;

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
        if (MaxInFlight is < 1 or > 10_000)
            yield return $"{Section}:MaxInFlight must be between 1 and 10000.";
        if (MaxInFlightPerStore < 1 || MaxInFlightPerStore > MaxInFlight)
            yield return $"{Section}:MaxInFlightPerStore must be at least 1 and at most MaxInFlight.";
        if (CircuitBreakerFailures is < 1 or > 100_000)
            yield return $"{Section}:CircuitBreakerFailures must be between 1 and 100000.";
        if (CircuitBreakerMinDuration < TimeSpan.Zero || CircuitBreakerMinDuration > TimeSpan.FromDays(30))
            yield return $"{Section}:CircuitBreakerMinDuration must be between 0 and 30 days.";
        if (ManualSendsPerMinute is < 1 or > 100_000)
            yield return $"{Section}:ManualSendsPerMinute must be between 1 and 100000.";
    }
}
