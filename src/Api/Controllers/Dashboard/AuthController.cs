using FluxStore.Management.Application.Auth;
using FluxStore.Management.Api.RateLimiting;
using Microsoft.AspNetCore.Authorization;

namespace FluxStore.Management.Api.Controllers.Dashboard;

[Route(ApiSurfaces.Auth)]
[AllowAnonymous]
public sealed class AuthController(IMediator mediator) : ApiControllerBase(mediator)
{
    [HttpPost("register")]
    [SignInThrottle]
    public Task<ActionResult<ApiResponse<UserDto>>> Register(RegisterUserCommand command) => Send(command);

    [HttpPost("login")]
    [SignInThrottle]
    public Task<ActionResult<ApiResponse<LoginResultDto>>> Login(LoginCommand command) => Send(command);
}
