using FluxStore.Management.Application.Common.Models;

namespace FluxStore.Management.Api.Controllers;

/// <summary>The Store API (<c>/api/v1</c>): API key, rate limited, store taken from the key.</summary>
[ProducesResponseType(typeof(ApiResponse<object>), StatusCodes.Status429TooManyRequests)]
public abstract class StoreApiControllerBase(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>A paginated list: the payload the query string chose, skip/take or cursor, each in its own wrapper type.</summary>
    protected async Task<IActionResult> SendList<T>(IRequest<ListPage<T>> request)
    {
        var page = await Mediator.Send(request, HttpContext.RequestAborted);
        return page.Cursor is { } cursor
            ? Ok(ApiResponse.Ok(cursor))
            : Ok(ApiResponse.Ok(page.Offset ?? throw new InvalidOperationException("A list handler returned no page.")));
    }
}
