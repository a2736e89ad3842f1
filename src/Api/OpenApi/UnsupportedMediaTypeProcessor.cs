using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// Every operation that reads a JSON body documents its 415 answer (a body sent as anything but
/// <c>application/json</c>), in the wrapper like its 400. Runs after <see cref="RequestBodyProcessor"/>.
/// </summary>
public sealed class UnsupportedMediaTypeProcessor : IOperationProcessor
{
    private const string UnsupportedMediaType = "415";

    public bool Process(OperationProcessorContext context)
    {
        var operation = context.OperationDescription.Operation;
        if (operation.RequestBody is null || operation.Responses.ContainsKey(UnsupportedMediaType))
        {
            return true;
        }

        var badRequest = operation.Responses.TryGetValue("400", out var response)
            ? response
            : throw new InvalidOperationException($"OpenAPI: {context.OperationDescription.Path} takes a body but declares no 400 (derive its controller from ApiControllerBase).");
        var unsupported = new OpenApiResponse { Description = "Unsupported Media Type: send the body as application/json." };
        foreach (var (media, content) in badRequest.Content)
        {
            unsupported.Content[media] = new OpenApiMediaType { Schema = content.Schema };
        }

        operation.Responses[UnsupportedMediaType] = unsupported;
        return true;
    }
}
