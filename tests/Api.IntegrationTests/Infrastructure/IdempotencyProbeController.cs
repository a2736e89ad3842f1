using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Test-only Store API endpoints (added as an application part by the factory) for the idempotency tests: one that
/// holds its first run until the test releases it, one that throws on its first run. Each probe is named in the body.
/// </summary>
[ApiController]
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize]
[Route("api/v1/test-only/idempotency")]
public sealed class IdempotencyProbeController : ControllerBase
{
    public static readonly ConcurrentDictionary<string, Probe> Probes = new();

    public static Probe For(string name) => Probes.GetOrAdd(name, _ => new Probe());

    /// <summary>The first run waits for <see cref="Probe.Release"/>; later runs answer at once.</summary>
    [HttpPost("hold")]
    public async Task<IActionResult> Hold(ProbeRequest request)
    {
        var probe = For(request.Name);
        var run = Interlocked.Increment(ref probe.Runs);
        if (run == 1)
        {
            probe.Entered.TrySetResult();
            await probe.Release.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }

        return Ok(ApiResponse.Ok(new { run }));
    }

    /// <summary>The first run throws (a 500); later runs answer.</summary>
    [HttpPost("fail-once")]
    public IActionResult FailOnce(ProbeRequest request)
    {
        var run = Interlocked.Increment(ref For(request.Name).Runs);
        return run == 1 ? throw new InvalidOperationException("Probe failure") : Ok(ApiResponse.Ok(new { run }));
    }

    public sealed record ProbeRequest(string Name);

    public sealed class Probe
    {
        public int Runs;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
