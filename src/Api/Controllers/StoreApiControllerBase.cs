using FluxStore.Management.Application.Common.Models;

namespace FluxStore.Management.Api.Controllers;

/// <summary>
/// The store's data: the Store API (<c>/api/v1</c>, API key, store taken from the key) and the same actions on the
/// dashboard (<c>/api/stores/{storeId}</c>, signed-in member, store taken from the route). Both are rate limited.
/// </summary>
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
