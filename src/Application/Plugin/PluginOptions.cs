using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Application.Plugin;

/// <summary><c>FluxStore:Plugin:*</c>: how the game-server plugin's command queue hands out commands.</summary>
public sealed class PluginOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Plugin";

    public const int LeaseSecondsLimit = 86_400;

    public const int MaxAttemptsLimit = 100;

    /// <summary>How long a polled command belongs to that poll; unacknowledged, it is offered again afterwards.</summary>
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>A command the plugin reports as failed is offered again until it has been handed out this many times.</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public IEnumerable<string> Problems()
    {
        if (LeaseSeconds is < 1 or > LeaseSecondsLimit)
            yield return $"{Section}:LeaseSeconds must be between 1 and {LeaseSecondsLimit}.";
        if (MaxAttempts is < 1 or > MaxAttemptsLimit)
            yield return $"{Section}:MaxAttempts must be between 1 and {MaxAttemptsLimit}.";
    }
}
