using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Infrastructure.Time;

/// <summary>
/// The system clock cut to whole microseconds, the precision PostgreSQL stores: a time returned by a create
/// response is then the same value every later read returns, on every provider.
/// </summary>
public sealed class MicrosecondClock(TimeProvider? inner = null) : TimeProvider
{
    private readonly TimeProvider _inner = inner ?? System;

    public override DateTimeOffset GetUtcNow() =>
        new(UtcTime.Normalize(_inner.GetUtcNow().UtcDateTime));
}
