using System.Collections.Concurrent;

namespace FluxStore.Management.Infrastructure.RateLimiting;

/// <summary>Fixed-window counters in this process; stale windows are swept as new ones open.</summary>
public sealed class InMemoryRateLimitStore(TimeProvider clock) : IRateLimitStore
{
    private readonly ConcurrentDictionary<string, Counter> _counters = new();
    private long _lastSweepTicks;

    public ValueTask<long> IncrementAsync(string key, DateTimeOffset windowStart, TimeSpan window, CancellationToken cancellationToken)
    {
        SweepIfDue(window);
        var start = windowStart.UtcTicks;
        var end = (windowStart + window).UtcTicks;
        while (true)
        {
            var counter = _counters.GetOrAdd(key, _ => new Counter());
            lock (counter)
            {
                if (counter.Removed)
                {
                    continue; // swept between lookup and lock: take the fresh counter
                }

                if (counter.WindowStart != start)
                {
                    counter.WindowStart = start;
                    counter.WindowEnd = end;
                    counter.Count = 0;
                }

                return ValueTask.FromResult(++counter.Count);
            }
        }
    }

    public ValueTask<long> PeekAsync(string key, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        if (_counters.TryGetValue(key, out var counter))
        {
            lock (counter)
            {
                return ValueTask.FromResult(counter.WindowStart == windowStart.UtcTicks ? counter.Count : 0);
            }
        }

        return ValueTask.FromResult(0L);
    }

    public ValueTask DecrementAsync(string key, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        if (_counters.TryGetValue(key, out var counter))
        {
            lock (counter)
            {
                if (!counter.Removed && counter.WindowStart == windowStart.UtcTicks && counter.Count > 0)
                {
                    counter.Count--;
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Forgets every counter (tests call it between tests; an instance never needs it).</summary>
    public void Clear()
    {
        foreach (var (key, counter) in _counters)
        {
            lock (counter)
            {
                counter.Removed = true;
                _counters.TryRemove(new KeyValuePair<string, Counter>(key, counter));
            }
        }

        Interlocked.Exchange(ref _lastSweepTicks, 0);
    }

    private void SweepIfDue(TimeSpan window)
    {
        var now = clock.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now - last < window.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now, last) != last)
        {
            return;
        }

        foreach (var (key, counter) in _counters)
        {
            lock (counter)
            {
                if (counter.WindowEnd <= now)
                {
                    counter.Removed = true;
                    _counters.TryRemove(new KeyValuePair<string, Counter>(key, counter));
                }
            }
        }
    }

    private sealed class Counter
    {
        public long WindowStart;
        public long WindowEnd;
        public long Count;
        public bool Removed;
    }
}
