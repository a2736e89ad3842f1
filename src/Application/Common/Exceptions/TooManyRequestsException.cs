namespace FluxStore.Management.Application.Common.Exceptions;

/// <summary>A limit on how often an action may be taken was reached: 429 with <c>Retry-After</c> (seconds).</summary>
public sealed class TooManyRequestsException(string message, int retryAfterSeconds) : Exception(message)
{
    public int RetryAfterSeconds { get; } = Math.Max(1, retryAfterSeconds);
}
