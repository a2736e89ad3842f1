namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>Fixed one-minute windows and the rate-limit headers, for the rate-limit tests on a <see cref="MutableClock"/>.</summary>
internal static class RateLimitTestKit
{
    /// <summary>The end of the one-minute window that holds the clock's now.</summary>
    public static DateTimeOffset WindowEnd(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var start = now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute);
        return new DateTimeOffset(start, TimeSpan.Zero).AddMinutes(1);
    }

    /// <summary>The single value of a response header, or null when absent.</summary>
    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
