using Microsoft.AspNetCore.Authorization;

namespace FluxStore.Management.Api.Controllers;

/// <summary>Controllers only translate HTTP to MediatR requests and wrap the answer.</summary>
[ApiController]
[Authorize]
[Produces("application/json")]
[ProducesResponseType(StatusCodes.Status200OK)] // typed from the action's ActionResult<ApiResponse<T>> (OpenAPI)
[ProducesResponseType(typeof(ApiResponse<object>), StatusCodes.Status400BadRequest)]
[ProducesResponseType(typeof(ApiResponse<object>), StatusCodes.Status401Unauthorized)]
[ProducesResponseType(typeof(ApiResponse<object>), StatusCodes.Status403Forbidden)]
[ProducesResponseType(typeof(ApiResponse<object>), StatusCodes.Status404NotFound)]
[ProducesResponseType(typeof(ApiResponse<object>), StatusCodes.Status429TooManyRequests)] // kept by the OpenAPI document on rate-limited paths only
public abstract class ApiControllerBase(IMediator mediator) : ControllerBase
{
    protected IMediator Mediator { get; } = mediator;

    protected async Task<ActionResult<ApiResponse<T>>> Send<T>(IRequest<T> request, string? message = null) =>
        Ok(ApiResponse.Ok(await Mediator.Send(request, HttpContext.RequestAborted), message));

    protected async Task<ActionResult<ApiResponse<object>>> SendNoContent(IRequest<Unit> request, string message)
    {
        await Mediator.Send(request, HttpContext.RequestAborted);
        return Ok(new ApiResponse<object> { Success = true, Message = message });
    }
}
