using FluxStore.Management.Application.Auth;
using FluxStore.Management.Api.RateLimiting;
using Microsoft.AspNetCore.Authorization;

namespace FluxStore.Management.Api.Controllers.Dashboard;

/// <summary>Dashboard accounts: registration and sign-in (anonymous).</summary>
[Route(ApiSurfaces.Auth)]
[AllowAnonymous]
public sealed class AuthController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>Registers a dashboard account.</summary>
    /// <remarks>Permission: none (anonymous). Errors: 400 for an invalid email, a weak password or an email already registered; 429 when the address sends too many; 415 unless the body is application/json.</remarks>
    [HttpPost("register")]
    [SignInThrottle]
    public Task<ActionResult<ApiResponse<UserDto>>> Register(RegisterUserCommand command) => Send(command);

    /// <summary>Signs in and returns an access token (JWT).</summary>
    /// <remarks>Permission: none (anonymous). Errors: 401 for a wrong email or password (the same answer for both); 429 when the address or account is throttled after failures; 415 unless the body is application/json.</remarks>
    [HttpPost("login")]
    [SignInThrottle]
    public Task<ActionResult<ApiResponse<LoginResultDto>>> Login(LoginCommand command) => Send(command);
}
