using System.Diagnostics;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The one way a test waits for something the API does on its own time: ask again until the condition holds or the
/// timeout passes. The caller asserts on the outcome, so a wait that runs out fails with the test's own message.
/// No test sleeps for a fixed time; a "nothing else happened" check first waits for a positive signal (the webhook
/// dispatcher's next polls, a row written) and then looks.
/// </summary>
public static class Eventually
{
    /// <summary>Between two asks: short, yet an HTTP poll at this pace stays within a raised per-key limit.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    /// <summary>True as soon as <paramref name="condition"/> holds; false when <paramref name="timeout"/> passed first.</summary>
    public static async Task<bool> Until(Func<Task<bool>> condition, TimeSpan timeout, TimeSpan? interval = null)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (waited.Elapsed >= timeout)
            {
                return false;
            }

            await Task.Delay(interval ?? Interval);
        }
    }

    /// <inheritdoc cref="Until(Func{Task{bool}}, TimeSpan, TimeSpan?)"/>
    public static Task<bool> Until(Func<bool> condition, TimeSpan timeout, TimeSpan? interval = null) =>
        Until(() => Task.FromResult(condition()), timeout, interval);

    /// <summary>
    /// Reads until <paramref name="done"/> holds for what was read, or <paramref name="timeout"/> passed; returns the
    /// last value read either way (assert on it).
    /// </summary>
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, TimeSpan? interval = null)
    {
        var last = default(T)!;
        await Until(
            async () =>
            {
                last = await read();
                return done(last);
            },
            timeout,
            interval);
        return last;
    }

    /// <summary>
    /// Waits until <paramref name="passes"/> (a background loop's count of finished passes) has moved by two since the
    /// call: one pass that started after the call has finished. The positive signal a "nothing else happened" check
    /// waits for before it looks.
    /// </summary>
    public static Task<bool> AfterNextPass(Func<long> passes, TimeSpan timeout)
    {
        var from = passes();
        return Until(() => passes() >= from + 2, timeout);
    }

    /// <summary>
    /// <see cref="Until{T}"/> that also says when the last read was asked, counted from the call: for a promise of the
    /// form "seen within N seconds" (the read that saw it must have started within N).
    /// </summary>
    public static async Task<(T Last, TimeSpan AskedAfter)> Timed<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        var started = Stopwatch.StartNew();
        var askedAfter = TimeSpan.Zero;
        var last = await Until(
            () =>
            {
                askedAfter = started.Elapsed;
                return read();
            },
            done,
            timeout);
        return (last, askedAfter);
    }
}
