using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>Test-only endpoint (added as an application part by the factory) that fails unexpectedly.</summary>
[ApiController]
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
[Route("test-only/throw")]
public sealed class ThrowingController : ControllerBase
{
    public const string SecretText = "connection-string-password=hunter2";

    [HttpGet]
    public IActionResult Throw() => throw new InvalidOperationException($"Leaky failure: {SecretText}");
}
