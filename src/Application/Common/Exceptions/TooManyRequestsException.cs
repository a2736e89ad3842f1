namespace FluxStore.Management.Application.Common.Exceptions;

/// <summary>A limit is used up for now: 429 with <c>Retry-After</c> (whole seconds, at least 1).</summary>
public sealed class TooManyRequestsException(string message, int retryAfterSeconds) : Exception(message)
{
    public int RetryAfterSeconds { get; } = Math.Max(1, retryAfterSeconds);
}
