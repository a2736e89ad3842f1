using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// Store API operations (per key) and the dashboard's store routes (per user) are rate limited by path: their
/// successful and 429 responses carry the <c>X-RateLimit-*</c> headers (429 adds <c>Retry-After</c>). No other
/// surface answers 429.
/// </summary>
public sealed class RateLimitResponsesProcessor : IOperationProcessor
{
    private const string TooManyRequests = "429";

    public bool Process(OperationProcessorContext context)
    {
        var responses = context.OperationDescription.Operation.Responses;
        var throttle = ApiSurfaces.Of(context.OperationDescription.Path).Throttle();
        var storeApi = throttle == RequestThrottle.PerApiKey;
        if (!storeApi && throttle != RequestThrottle.PerUser)
        {
            responses.Remove(TooManyRequests);
            return true;
        }

        if (!responses.ContainsKey(TooManyRequests))
        {
            throw new InvalidOperationException(
                $"OpenAPI: {context.OperationDescription.Path} is rate limited but does not declare 429; derive its controller from ApiControllerBase.");
        }

        foreach (var (status, response) in responses)
        {
            if (!status.StartsWith('2') && status != TooManyRequests)
            {
                continue;
            }

            response.Headers["X-RateLimit-Limit"] = Header(storeApi ? "Requests allowed per window for this key." : "Requests allowed per window for this user.");
            response.Headers["X-RateLimit-Remaining"] = Header("Requests left in the current window.");
            response.Headers["X-RateLimit-Reset"] = Header("Unix time (seconds) when the window ends.");
            if (status == TooManyRequests)
            {
                response.Headers["Retry-After"] = Header("Seconds to wait before retrying.");
            }
        }

        return true;
    }

    private static OpenApiHeader Header(string description) => new()
    {
        Description = description,
        Schema = new JsonSchema { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Long },
    };
}
