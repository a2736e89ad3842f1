namespace FluxStore.Management.Api.Controllers;

/// <summary>The Store API (<c>/api/v1</c>): API key, rate limited, store taken from the key.</summary>
[ProducesResponseType(typeof(ApiResponse<object>), StatusCodes.Status429TooManyRequests)]
public abstract class StoreApiControllerBase(IMediator mediator) : ApiControllerBase(mediator);
